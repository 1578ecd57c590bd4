#include "core/title.h"

#include <gtest/gtest.h>

using airisk::core::normalise_title;
using airisk::core::NormalisedTitle;
using airisk::core::title_key;
using airisk::core::TitlePartKind;

namespace {

// Every part as "kind:words", to compare whole results at once.
std::vector<std::string> parts(const NormalisedTitle& t) {
  std::vector<std::string> out;
  for (const auto& part : t.parts) {
    std::string text = part.kind == TitlePartKind::kMain ? "main:" : part.kind == TitlePartKind::kAlternative ? "alt:" : "note:";
    for (size_t i = 0; i < part.words.size(); ++i) text += (i ? " " : "") + part.words[i];
    out.push_back(text);
  }
  return out;
}

using Parts = std::vector<std::string>;

}  // namespace

TEST(title_test, awkward_input_never_breaks) {
  EXPECT_EQ(title_key(""), "");
  EXPECT_EQ(title_key("   "), "");
  EXPECT_EQ(title_key("()[]{}"), "");
  EXPECT_EQ(title_key(")))((("), "");
  EXPECT_EQ(title_key("----"), "");
  EXPECT_EQ(title_key("/ / /"), "");
  EXPECT_EQ(title_key("$$$"), "");
  EXPECT_EQ(title_key("Senior"), "") << "a grade alone names no job";
  EXPECT_EQ(title_key("(m/w/d)"), "");
  EXPECT_EQ(title_key(std::string("Nurse\0Aide", 10)), "nurse aide") << "a NUL byte is a space";
  EXPECT_EQ(title_key("Nurse\xff\xfe Aide"), "nurse aide") << "invalid UTF-8 is a space";
  EXPECT_EQ(title_key("Caf\xc3"), "caf") << "a cut-off sequence at the end";
  EXPECT_EQ(title_key("\xe2\x82"), "");
  EXPECT_EQ(title_key("\xed\xa0\x80 Cook"), "cook") << "a UTF-16 surrogate encoded in UTF-8 is invalid";
  EXPECT_EQ(title_key("\xc0\xaf Cook"), "cook") << "an overlong encoding is invalid";
  std::string long_title(100000, 'a');
  EXPECT_EQ(title_key(long_title).size(), 100000u) << "no fixed buffer";
  std::string many_brackets(5000, '(');
  EXPECT_EQ(title_key(many_brackets + "Cook"), "cook");
}

TEST(title_test, unicode_folds_to_ascii_where_it_can) {
  EXPECT_EQ(title_key("Café Barista"), "cafe barista");
  EXPECT_EQ(title_key("SOMMELIÈRE"), "sommeliere");
  EXPECT_EQ(title_key("Straßenbauer"), "strassenbauer");
  EXPECT_EQ(title_key("Łódź Driver"), "lodz driver");
  EXPECT_EQ(title_key("Œnologue"), "oenologue");
  EXPECT_EQ(title_key("Nurse\u00a0Aide"), "nurse aide") << "no-break space";
  EXPECT_EQ(title_key("Nurse\u202fAide"), "nurse aide") << "narrow no-break space";
  EXPECT_EQ(title_key("Врач"), "Врач") << "another script stays as written";
  EXPECT_EQ(title_key("看護師 (Tokyo)"), "看護師");
  EXPECT_EQ(parts(normalise_title("Engineer\u2013Backend")), (Parts{"main:engineer", "note:backend"})) << "an en dash separates";
  EXPECT_EQ(title_key("Children\u2019s Librarian"), "children librarian");
  // Full-width forms, as a Japanese or Chinese IME types Latin; U+3000 is the ideographic space.
  EXPECT_EQ(title_key("\uFF4E\uFF55\uFF52\uFF53\uFF45"), "nurse") << "\uFF4E\uFF55\uFF52\uFF53\uFF45";
  EXPECT_EQ(title_key("\uFF2E\uFF35\uFF32\uFF33\uFF25\u3000\uFF21\uFF29\uFF24\uFF25"), "nurse aide");
  EXPECT_EQ(parts(normalise_title("\uFF25\uFF4E\uFF47\uFF49\uFF4E\uFF45\uFF45\uFF52\uFF08\uFF22\uFF41\uFF43\uFF4B\uFF45\uFF4E\uFF44\uFF09")),
            (Parts{"main:engineer", "note:backend"})) << "full-width brackets make a note";
  EXPECT_EQ(title_key("\uFF23\uFF4F\uFF4F\uFF4B \uFF11\uFF10\uFF10\uFF05"), title_key("Cook 100%")) << "digits and signs too";
}

TEST(title_test, seniority_and_grade_fall_away) {
  EXPECT_EQ(title_key("Senior Accountant"), "accountant");
  EXPECT_EQ(title_key("Sr. Accountant"), "accountant");
  EXPECT_EQ(title_key("Accountant, Senior"), "accountant");
  EXPECT_EQ(title_key("Jr Web Developer"), "web developer");
  EXPECT_EQ(title_key("Software Developer II"), "software developer");
  EXPECT_EQ(title_key("Software Developer III"), "software developer");
  EXPECT_EQ(title_key("Engineer IV"), "engineer");
  EXPECT_EQ(title_key("IV Therapy Nurse"), "iv therapy nurse") << "IV in front is intravenous";
  EXPECT_EQ(title_key("Analyst I"), "analyst");
  EXPECT_EQ(title_key("Support Engineer Level 2"), "support engineer");
  EXPECT_EQ(title_key("Help Desk Tier 1"), "help desk");
  EXPECT_EQ(title_key("Engineer L4"), "engineer");
  EXPECT_EQ(title_key("Lead Software Engineer"), "software engineer");
  EXPECT_EQ(title_key("Principal Engineer"), "engineer");
  EXPECT_EQ(title_key("Staff Software Engineer"), "software engineer");
  EXPECT_EQ(title_key("Team Lead"), "team lead") << "lead after the job is the job";
  EXPECT_EQ(title_key("Principal"), "principal") << "a grade word alone is the job";
  EXPECT_EQ(title_key("School Principal"), "school principal");
  EXPECT_EQ(title_key("Associate Attorney"), "attorney");
  EXPECT_EQ(title_key("Sales Associate"), "sales associate");
  EXPECT_EQ(title_key("Journeyman Electrician"), "electrician");
  EXPECT_EQ(title_key("Electrician Apprentice"), "electrician");
  EXPECT_EQ(title_key("Entry-Level Data Analyst"), "data analyst");
  EXPECT_EQ(title_key("3rd Grade Teacher"), "grade teacher") << "an ordinal is no grade of the job";
  EXPECT_EQ(title_key("Class A CDL Driver"), "commercial driver license driver");
}

// Field test: job-ad titles from Germany, France and Brazil kept their seniority, trainee and
// contract words: "Desenvolvedora Front-end Pleno" read "desenvolvedora frontend pleno",
// "Développeur confirmé" "developpeur confirme", "Verkäufer Teilzeit" "verkaufer teilzeit".
TEST(title_test, seniority_falls_away_in_german_french_and_portuguese) {
  EXPECT_EQ(title_key("Desenvolvedora Front-end Pleno"), "desenvolvedora frontend");
  EXPECT_EQ(title_key("Analista de Dados Plena"), "analista de dado");
  EXPECT_EQ(title_key("Desenvolvedor Sênior"), "desenvolvedor");
  EXPECT_EQ(title_key("Analista de Sistemas Júnior"), "analista de sistema");
  EXPECT_EQ(title_key("Desenvolvedor Java Pleno/Sênior"), "desenvolvedor java");
  EXPECT_EQ(title_key("Estagiário de TI"), "de ti") << "what is left names no job of its own";
  EXPECT_EQ(title_key("Auxiliar Administrativo - CLT"), "auxiliar administrativo");
  EXPECT_EQ(title_key("Développeur confirmé"), "developpeur");
  EXPECT_EQ(title_key("Développeuse expérimentée (H/F)"), "developpeuse");
  EXPECT_EQ(title_key("Comptable débutant"), "comptable");
  EXPECT_EQ(title_key("Apprenti Boulanger"), "boulanger");
  EXPECT_EQ(parts(normalise_title("Vendeur H/F - CDI")), (Parts{"main:vendeur"}));
  EXPECT_EQ(title_key("Senior Softwareentwickler (m/w/d)"), "softwareentwickler");
  EXPECT_EQ(title_key("Erfahrene Pflegefachkraft (w/m/d)"), "pflegefachkraft");
  EXPECT_EQ(title_key("Werkstudent Marketing"), "marketing");
  EXPECT_EQ(parts(normalise_title("Verkäufer (m/w/d) Teilzeit")), (Parts{"main:verkaufer"}));
  EXPECT_EQ(title_key("Pflegefachkraft in Vollzeit"), "pflegefachkraft");
  EXPECT_EQ(title_key("Vendeur H/F en CDI"), "vendeur");
  EXPECT_EQ(title_key("Serveur à temps partiel"), "serveur");
  EXPECT_EQ(title_key("Desenvolvedor Java - Home Office"), "desenvolvedor java");
  EXPECT_EQ(title_key("En Route Controller"), "en route controller") << "\"en\" alone stays";
  EXPECT_EQ(title_key("Stagiaire"), "") << "alone it names no job, as \"Senior\" does not";
  EXPECT_EQ(title_key("Pleno"), "");
}

// A dash that ends a word before "und" / "and" stands for the rest of a compound; it is no break.
TEST(title_test, shared_compound_ends_keep_the_title_whole) {
  EXPECT_EQ(title_key("Gesundheits- und Krankenpfleger (m/w/d)"), "gesundheit und krankenpfleger");
  EXPECT_EQ(title_key("Elektroniker für Energie- und Gebäudetechnik"), "elektroniker fur energie und gebaudetechnik");
  EXPECT_EQ(title_key("Pre- and Post-Sales Engineer"), "pre post sales engineer");
  EXPECT_EQ(parts(normalise_title("Engineer- Backend")), (Parts{"main:engineer", "note:backend"})) << "a dash before any other word still separates";
  EXPECT_EQ(parts(normalise_title("Nurse - and more")), (Parts{"main:nurse", "note:more"}));
}

TEST(title_test, schedule_place_and_pay_fall_away) {
  EXPECT_EQ(parts(normalise_title("Barista - Part Time")), (Parts{"main:barista"}));
  EXPECT_EQ(title_key("Part-Time Barista"), "barista");
  EXPECT_EQ(title_key("Full-Time Cashier"), "cashier");
  EXPECT_EQ(title_key("Registered Nurse PRN"), "registered nurse");
  EXPECT_EQ(title_key("Night Shift Security Officer"), "security officer");
  EXPECT_EQ(parts(normalise_title("Registered Nurse - ICU - Night Shift")), (Parts{"main:registered nurse", "note:icu"}));
  EXPECT_EQ(parts(normalise_title("Dishwasher (Nights & Weekends)")), (Parts{"main:dishwasher"}));
  EXPECT_EQ(parts(normalise_title("Cashier - PT")), (Parts{"main:cashier"}));
  EXPECT_EQ(title_key("PT"), "pt") << "alone, PT may be a physical therapist";
  EXPECT_EQ(parts(normalise_title("Software Engineer (Remote)")), (Parts{"main:software engineer"}));
  EXPECT_EQ(parts(normalise_title("Hybrid - Data Analyst")), (Parts{"main:data analyst"}));
  EXPECT_EQ(parts(normalise_title("Sales Associate - Austin, TX")), (Parts{"main:sales associate", "note:austin"}));
  EXPECT_EQ(parts(normalise_title("RN - Med Surg - $10,000 Sign-On Bonus")), (Parts{"main:registered nurse", "note:med surg"}));
  EXPECT_EQ(title_key("Barista $15/hr"), "barista");
  EXPECT_EQ(title_key("Driver up to $1,500 per week"), "driver");
  EXPECT_EQ(title_key("Warehouse Associate $18-$22/hour + Benefits"), "warehouse associate");
  EXPECT_EQ(title_key("Now Hiring: Line Cook"), "line cook");
  EXPECT_EQ(title_key("Line Cook - Immediate Start"), "line cook");
  EXPECT_EQ(title_key("Cashier Job Opening (Req #4421)"), "cashier");
}

TEST(title_test, gender_tags_fall_away) {
  EXPECT_EQ(parts(normalise_title("Softwareentwickler (m/w/d)")), (Parts{"main:softwareentwickler"}));
  EXPECT_EQ(title_key("Ingénieur logiciel (H/F)"), "ingenieur logiciel");
  EXPECT_EQ(title_key("Développeur (f/h)"), "developpeur");
  EXPECT_EQ(title_key("HR Manager (m/f/d)"), "human resource manager");
  EXPECT_EQ(title_key("Pflegefachkraft m/w/d"), "pflegefachkraft");
  EXPECT_EQ(title_key("Data Engineer (w/m/div)"), "data engineer");
  EXPECT_EQ(title_key("Projektleiter (gn)"), "projektleiter");
  EXPECT_EQ(title_key("Koch (all genders)"), "koch");
}

// Field test: "Técnico(a) de Enfermagem" read "tecnico" with "de enfermagem" beside it, and
// "Infirmier.ère" read "infirmierere": the other form's ending, written onto the word, cut the
// title or joined it. The ending falls away and the title's words go on.
TEST(title_test, gender_endings_written_onto_a_word_fall_away) {
  EXPECT_EQ(parts(normalise_title("Técnico(a) de Enfermagem")), (Parts{"main:tecnico de enfermagem"}));
  EXPECT_EQ(title_key("Engenheiro(a) Civil"), "engenheiro civil");
  EXPECT_EQ(title_key("Desenvolvedor(a) Back-end"), "desenvolvedor backend");
  EXPECT_EQ(title_key("Technicien(ne) de maintenance (H/F)"), "technicien de maintenance");
  EXPECT_EQ(title_key("Conseiller(ère) de vente"), "conseiller de vente");
  EXPECT_EQ(title_key("Employé(e) de libre-service"), "employe de libre service");
  EXPECT_EQ(title_key("Aide-soignant(e)"), "aide soignant");
  EXPECT_EQ(title_key("Infirmier.ère"), "infirmier");
  EXPECT_EQ(title_key("Vendeur.euse"), "vendeur");
  EXPECT_EQ(title_key("Verkäufer(in)"), "verkaufer");
  EXPECT_EQ(title_key("Node.js Developer"), "nodejs developer") << "a dot inside a name stays";
  EXPECT_EQ(title_key("U.S. Navy Recruiter"), "navy recruiter");
  EXPECT_EQ(parts(normalise_title("Nurse(RN)")), (Parts{"main:nurse", "note:registered nurse"})) << "an abbreviation is no ending";
}

TEST(title_test, notes_brackets_and_company) {
  EXPECT_EQ(parts(normalise_title("Sr. Software Engineer - Backend (Remote)")), (Parts{"main:software engineer", "note:backend"}));
  EXPECT_EQ(parts(normalise_title("Frontend Developer (React)")), (Parts{"main:frontend developer", "note:react"}));
  EXPECT_EQ(parts(normalise_title("Barista at Starbucks")), (Parts{"main:barista", "note:starbuck"}));
  EXPECT_EQ(parts(normalise_title("Cook @ Joe's Diner")), (Parts{"main:cook", "note:joe diner"}));
  EXPECT_EQ(parts(normalise_title("Starbucks - Barista")), (Parts{"main:starbuck", "note:barista"}))
      << "which part is the job is the resolver's call; the first part leads";
  EXPECT_EQ(parts(normalise_title("[Urgent] Cashier")), (Parts{"main:cashier"}));
  EXPECT_EQ(parts(normalise_title("(Acme Corp) Cashier")), (Parts{"main:cashier", "note:acme corp"}));
  EXPECT_EQ(parts(normalise_title("Registered Nurse (RN) Emergency Room")),
            (Parts{"main:registered nurse", "alt:emergency room", "note:registered nurse"}));
  EXPECT_EQ(parts(normalise_title("Developer (unclosed note")), (Parts{"main:developer", "note:unclosed note"}));
  EXPECT_EQ(parts(normalise_title("Nanny (Full-Time, Live-Out)")), (Parts{"main:nanny", "note:live out"}));
}

TEST(title_test, slashes_give_alternatives) {
  EXPECT_EQ(parts(normalise_title("Waiter / Waitress")), (Parts{"main:waiter", "alt:waitress"}));
  EXPECT_EQ(parts(normalise_title("Waiter/Waitress")), (Parts{"main:waiter", "alt:waitress"}));
  EXPECT_EQ(parts(normalise_title("UX/UI Designer")), (Parts{"main:user experience designer", "alt:user interface designer"}));
  EXPECT_EQ(parts(normalise_title("Firefighter/EMT")), (Parts{"main:firefighter", "alt:emergency medical technician"}));
  EXPECT_EQ(parts(normalise_title("Receptionist / Front Desk")), (Parts{"main:receptionist", "alt:front desk"}));
  EXPECT_EQ(parts(normalise_title("Cashier - Days/Nights")), (Parts{"main:cashier"}));
}

TEST(title_test, abbreviations_expand) {
  EXPECT_EQ(title_key("RN"), "registered nurse");
  EXPECT_EQ(title_key("LPN"), "licensed practical nurse");
  EXPECT_EQ(title_key("LVN"), "licensed vocational nurse");
  EXPECT_EQ(title_key("CNA"), "certified nursing assistant");
  EXPECT_EQ(title_key("CDL-A Truck Driver"), "commercial driver license truck driver");
  EXPECT_EQ(title_key("SDR"), "sales development representative");
  EXPECT_EQ(title_key("BDR"), "business development representative");
  EXPECT_EQ(title_key("QA Engineer"), "quality assurance engineer");
  EXPECT_EQ(title_key("SRE"), "site reliability engineer");
  EXPECT_EQ(title_key("HR Generalist"), "human resource generalist");
  EXPECT_EQ(title_key("CPA"), "certified public accountant");
  EXPECT_EQ(title_key("DevOps Engineer"), "devops engineer") << "DevOps stays";
  EXPECT_EQ(title_key("Dev Ops Engineer"), "devops engineer");
  EXPECT_EQ(title_key("PM"), "pm") << "project, product or program: not guessed";
  EXPECT_EQ(title_key("PA-C"), "physician assistant");
  EXPECT_EQ(title_key("Back-End Developer"), "backend developer");
  EXPECT_EQ(title_key("Back End Developer"), "backend developer");
  EXPECT_EQ(title_key("C++ Developer"), "c++ developer");
  EXPECT_EQ(title_key("C# .NET Developer"), "c# dotnet developer");
  EXPECT_EQ(title_key("Node.js Developer"), "nodejs developer");
  EXPECT_EQ(title_key("FP&A Analyst"), "fp&a analyst");
  EXPECT_EQ(title_key("Systems Administrator"), "system admin");
  EXPECT_EQ(title_key("Sysadmin"), "system admin");
  EXPECT_EQ(title_key("Pharmacy Tech"), "pharmacy technician");
  EXPECT_EQ(title_key("911 Dispatcher"), "911 dispatcher");
}

TEST(title_test, plurals_and_spellings_fold) {
  EXPECT_EQ(title_key("Registered Nurses"), "registered nurse");
  EXPECT_EQ(title_key("Actuaries"), "actuary");
  EXPECT_EQ(title_key("Coaches"), "coach");
  EXPECT_EQ(title_key("Sales Managers"), "sales manager");
  EXPECT_EQ(title_key("Logistics Analyst"), "logistics analyst");
  EXPECT_EQ(title_key("Bus Drivers"), "bus driver");
  EXPECT_EQ(title_key("Construction Labourer"), "construction worker") << "a laborer is a worker";
  EXPECT_EQ(title_key("Paediatric Nurse"), "pediatric nurse");
  EXPECT_EQ(title_key("Careers Adviser"), "career advisor");
}
