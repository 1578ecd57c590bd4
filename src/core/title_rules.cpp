#include "core/title_rules.h"

#include <algorithm>
#include <unordered_map>

namespace airisk::core::title_rules {
namespace {

struct Entry {
  std::string_view word;
  WordRule rule;
  std::string_view replacement;
};

constexpr WordRule kKeep = WordRule::kKeep, kStop = WordRule::kStop, kDrop = WordRule::kDrop,
                   kLeading = WordRule::kDropLeading, kTrailing = WordRule::kDropTrailing,
                   kAlone = WordRule::kDropAlone, kGrade = WordRule::kGrade;

// [SECTION] Words. Abbreviations expand only where they mean one thing in job titles: "PT" is
// part-time as often as physical therapist, "PM" is project, product or program manager, "PA"
// physician's or personal assistant, so those stay as written (an alias may still claim them).
constexpr Entry kWords[] = {
    // Joining words.
    {"a", kStop, {}}, {"an", kStop, {}}, {"and", kStop, {}}, {"the", kStop, {}}, {"of", kStop, {}},
    {"for", kStop, {}}, {"to", kStop, {}}, {"with", kStop, {}}, {"or", kStop, {}}, {"in", kStop, {}},
    {"on", kStop, {}}, {"by", kStop, {}}, {"from", kStop, {}}, {"&", kStop, {}}, {"+", kStop, {}},
    // Seniority, schedule, place, pay and boilerplate: never the job.
    {"senior", kDrop, {}}, {"sr", kDrop, {}}, {"snr", kDrop, {}}, {"junior", kDrop, {}}, {"jr", kDrop, {}},
    {"jnr", kDrop, {}}, {"experienced", kDrop, {}}, {"trainee", kDrop, {}}, {"intern", kDrop, {}},
    {"internship", kDrop, {}}, {"apprentice", kDrop, {}}, {"apprenticeship", kDrop, {}}, {"midlevel", kDrop, {}},
    {"freelance", kDrop, {}}, {"bilingual", kDrop, {}}, {"locum", kDrop, {}},
    {"remote", kDrop, {}}, {"remotely", kDrop, {}}, {"hybrid", kDrop, {}}, {"onsite", kDrop, {}},
    {"offsite", kDrop, {}}, {"wfh", kDrop, {}}, {"telecommute", kDrop, {}}, {"telework", kDrop, {}},
    {"nationwide", kDrop, {}}, {"anywhere", kDrop, {}}, {"us", kDrop, {}}, {"usa", kDrop, {}}, {"uk", kDrop, {}},
    {"parttime", kDrop, {}}, {"fulltime", kDrop, {}}, {"perdiem", kDrop, {}}, {"prn", kDrop, {}},
    {"temporary", kDrop, {}}, {"temp", kDrop, {}}, {"seasonal", kDrop, {}}, {"permanent", kDrop, {}},
    {"perm", kDrop, {}}, {"nights", kDrop, {}}, {"overnight", kDrop, {}}, {"overnights", kDrop, {}},
    {"weekend", kDrop, {}}, {"weekends", kDrop, {}}, {"evenings", kDrop, {}}, {"flexible", kDrop, {}},
    {"urgent", kDrop, {}}, {"urgently", kDrop, {}}, {"hiring", kDrop, {}}, {"immediately", kDrop, {}},
    {"immediate", kDrop, {}}, {"asap", kDrop, {}}, {"wanted", kDrop, {}}, {"needed", kDrop, {}},
    {"required", kDrop, {}}, {"opening", kDrop, {}}, {"openings", kDrop, {}}, {"position", kDrop, {}},
    {"positions", kDrop, {}}, {"vacancy", kDrop, {}}, {"vacancies", kDrop, {}}, {"job", kDrop, {}},
    {"jobs", kDrop, {}}, {"role", kDrop, {}}, {"opportunity", kDrop, {}}, {"opportunities", kDrop, {}},
    {"bonus", kDrop, {}}, {"hourly", kDrop, {}}, {"salary", kDrop, {}}, {"benefits", kTrailing, {}},
    {"relocation", kDrop, {}}, {"401k", kDrop, {}}, {"pto", kDrop, {}}, {"req", kDrop, {}},
    {"requisition", kDrop, {}}, {"ref", kDrop, {}}, {"w2", kDrop, {}}, {"1099", kDrop, {}}, {"c2c", kDrop, {}},
    {"gn", kDrop, {}}, {"commission", kDrop, {}},
    // The same in the card's other languages, accents folded: German, French, Brazilian
    // Portuguese ("Sênior", "Júnior" fold to the English words above).
    {"erfahrene", kDrop, {}}, {"erfahrener", kDrop, {}}, {"praktikant", kDrop, {}}, {"praktikantin", kDrop, {}},
    {"werkstudent", kDrop, {}}, {"werkstudentin", kDrop, {}}, {"azubi", kDrop, {}}, {"auszubildende", kDrop, {}},
    {"auszubildender", kDrop, {}}, {"vollzeit", kDrop, {}}, {"teilzeit", kDrop, {}},
    {"confirme", kDrop, {}}, {"confirmee", kDrop, {}}, {"experimente", kDrop, {}}, {"experimentee", kDrop, {}},
    {"debutant", kDrop, {}}, {"debutante", kDrop, {}}, {"stagiaire", kDrop, {}}, {"alternant", kDrop, {}},
    {"alternante", kDrop, {}}, {"alternance", kDrop, {}}, {"apprenti", kDrop, {}}, {"apprentie", kDrop, {}},
    {"cdi", kDrop, {}}, {"cdd", kDrop, {}},
    {"nachtdienst", kDrop, {}}, {"nachtschicht", kDrop, {}}, {"schichtdienst", kDrop, {}}, {"wechselschicht", kDrop, {}},
    {"fruhdienst", kDrop, {}}, {"spatdienst", kDrop, {}}, {"noturno", kDrop, {}}, {"noturna", kDrop, {}},
    {"diurno", kDrop, {}}, {"diurna", kDrop, {}},
    {"pleno", kDrop, {}}, {"plena", kDrop, {}}, {"estagiario", kDrop, {}}, {"estagiaria", kDrop, {}},
    {"estagio", kDrop, {}}, {"aprendiz", kDrop, {}}, {"clt", kAlone, {}},
    // Grades in front of a title.
    {"lead", kLeading, {}}, {"principal", kLeading, {}}, {"staff", kLeading, {}}, {"associate", kLeading, {}},
    {"master", kLeading, {}}, {"journeyman", kLeading, {}}, {"journeyperson", kLeading, {}},
    {"i", kTrailing, {}}, {"iv", kTrailing, {}}, {"v", kTrailing, {}},
    {"ii", kDrop, {}}, {"iii", kDrop, {}}, {"vi", kDrop, {}}, {"vii", kDrop, {}},
    {"level", kGrade, {}}, {"lvl", kGrade, {}}, {"grade", kGrade, {}}, {"tier", kGrade, {}}, {"band", kGrade, {}},
    {"step", kGrade, {}}, {"class", kGrade, {}},
    // Notes that are words elsewhere: "- PT" is part-time, "Contract Specialist" is a job.
    {"pt", kAlone, {}}, {"ft", kAlone, {}}, {"days", kAlone, {}}, {"day", kAlone, {}}, {"night", kAlone, {}},
    {"evening", kAlone, {}}, {"contract", kAlone, {}}, {"contractor", kAlone, {}}, {"travel", kAlone, {}},
    {"local", kAlone, {}}, {"regional", kAlone, {}}, {"new", kAlone, {}},
    // Abbreviations.
    {"rn", kKeep, "registered nurse"}, {"lpn", kKeep, "licensed practical nurse"},
    {"lvn", kKeep, "licensed vocational nurse"}, {"cna", kKeep, "certified nursing assistant"},
    {"np", kKeep, "nurse practitioner"}, {"aprn", kKeep, "advanced practice registered nurse"},
    {"crna", kKeep, "nurse anesthetist"}, {"cnm", kKeep, "nurse midwife"}, {"ccrn", kKeep, "critical care registered nurse"},
    {"emt", kKeep, "emergency medical technician"}, {"hha", kKeep, "home health aide"},
    {"pca", kKeep, "personal care aide"}, {"dsp", kKeep, "direct support professional"},
    {"slp", kKeep, "speech language pathologist"}, {"ot", kKeep, "occupational therapist"},
    {"cota", kKeep, "occupational therapy assistant"}, {"pta", kKeep, "physical therapist assistant"},
    {"rrt", kKeep, "respiratory therapist"}, {"cst", kKeep, "surgical technologist"},
    {"mlt", kKeep, "medical laboratory technician"}, {"mls", kKeep, "medical laboratory scientist"},
    {"lcsw", kKeep, "licensed clinical social worker"}, {"msw", kKeep, "social worker"},
    {"lpc", kKeep, "licensed professional counselor"}, {"lmhc", kKeep, "mental health counselor"},
    {"bcba", kKeep, "behavior analyst"}, {"rbt", kKeep, "behavior technician"},
    {"cpht", kKeep, "pharmacy technician"}, {"lmt", kKeep, "massage therapist"}, {"phleb", kKeep, "phlebotomist"},
    {"ma", kKeep, "medical assistant"}, {"md", kKeep, "physician"}, {"dr", kKeep, "doctor"},
    {"cdl", kKeep, "commercial driver license"},
    {"otr", kKeep, "over road"}, {"sdr", kKeep, "sales development representative"},
    {"bdr", kKeep, "business development representative"}, {"ae", kKeep, "account executive"},
    {"csr", kKeep, "customer service representative"}, {"csm", kKeep, "customer success manager"},
    {"qa", kKeep, "quality assurance"}, {"qc", kKeep, "quality control"}, {"ux", kKeep, "user experience"},
    {"ui", kKeep, "user interface"}, {"sre", kKeep, "site reliability engineer"}, {"swe", kKeep, "software engineer"},
    {"sde", kKeep, "software development engineer"}, {"sdet", kKeep, "software development engineer test"},
    {"hr", kKeep, "human resources"}, {"cpa", kKeep, "certified public accountant"},
    {"ceo", kKeep, "chief executive officer"}, {"cfo", kKeep, "chief financial officer"},
    {"coo", kKeep, "chief operating officer"}, {"cto", kKeep, "chief technology officer"},
    {"cio", kKeep, "chief information officer"}, {"cmo", kKeep, "chief marketing officer"},
    {"cno", kKeep, "chief nursing officer"}, {"ciso", kKeep, "chief information security officer"},
    {"vp", kKeep, "vice president"}, {"svp", kKeep, "vice president"}, {"evp", kKeep, "vice president"},
    {"avp", kKeep, "vice president"}, {"gm", kKeep, "general manager"}, {"agm", kKeep, "assistant general manager"},
    {"dir", kKeep, "director"}, {"mgr", kKeep, "manager"}, {"mngr", kKeep, "manager"}, {"asst", kKeep, "assistant"},
    {"assoc", kKeep, "associate"}, {"eng", kKeep, "engineer"}, {"engr", kKeep, "engineer"}, {"dev", kKeep, "developer"},
    {"rep", kKeep, "representative"}, {"spec", kKeep, "specialist"}, {"coord", kKeep, "coordinator"},
    {"supv", kKeep, "supervisor"}, {"supvr", kKeep, "supervisor"}, {"mktg", kKeep, "marketing"},
    {"ops", kKeep, "operations"}, {"cust", kKeep, "customer"}, {"svc", kKeep, "service"}, {"maint", kKeep, "maintenance"},
    {"ml", kKeep, "machine learning"}, {"bi", kKeep, "business intelligence"}, {"ba", kKeep, "business analyst"},
    {"tpm", kKeep, "technical program manager"}, {"ehs", kKeep, "environmental health safety"},
    {"hse", kKeep, "health safety environment"}, {"don", kKeep, "director nursing"},
    {"sysadmin", kKeep, "system admin"}, {"webmaster", kKeep, "web admin"},
    // Variants folded together.
    {"administrator", kKeep, "admin"}, {"administrative", kKeep, "admin"}, {"administration", kKeep, "admin"},
    {"tech", kKeep, "technician"}, {"adviser", kKeep, "advisor"}, {"programme", kKeep, "program"},
    {"laborer", kKeep, "worker"}, {"labourer", kKeep, "worker"},  // "Farm Laborer" is "Farm Worker"
    // British spellings.
    {"labour", kKeep, "labor"}, {"centre", kKeep, "center"},
    {"paediatric", kKeep, "pediatric"}, {"orthopaedic", kKeep, "orthopedic"}, {"anaesthetist", kKeep, "anesthetist"},
    {"anaesthesia", kKeep, "anesthesia"}, {"organisation", kKeep, "organization"},
    {"organisational", kKeep, "organizational"}, {"behaviour", kKeep, "behavior"}, {"behavioural", kKeep, "behavioral"},
    {"defence", kKeep, "defense"}, {"licence", kKeep, "license"}, {"counsellor", kKeep, "counselor"},
    {"counselling", kKeep, "counseling"}, {"modelling", kKeep, "modeling"}, {"jewellery", kKeep, "jewelry"},
    {"theatre", kKeep, "theater"}, {"fulfilment", kKeep, "fulfillment"}, {"colour", kKeep, "color"},
    {"haematology", kKeep, "hematology"}, {"gynaecology", kKeep, "gynecology"}, {"tyre", kKeep, "tire"},
    // The card's other languages' words for a doctor and a teacher, accents folded, read as the
    // English word, so a bare "Arzt" or "Lehrerin" offers the doctors or teachers "doctor" and
    // "teacher" offer ("Arzt" read as written offered Art Director). Not "professor": in Brazil a
    // schoolteacher, in English a university's.
    {"arzt", kKeep, "doctor"}, {"arztin", kKeep, "doctor"}, {"lehrer", kKeep, "teacher"},
    {"lehrerin", kKeep, "teacher"}, {"lehrkraft", kKeep, "teacher"}, {"medecin", kKeep, "doctor"},
    {"enseignant", kKeep, "teacher"}, {"enseignante", kKeep, "teacher"}, {"medico", kKeep, "doctor"},
    {"medica", kKeep, "doctor"}, {"professora", kKeep, "teacher"},
};

constexpr std::string_view kCompounds[][3] = {
    {"back", "end", "backend"},       {"front", "end", "frontend"},     {"full", "stack", "fullstack"},
    {"dev", "ops", "devops"},         {"x", "ray", "xray"},             {"e", "commerce", "ecommerce"},
    {"e", "learning", "elearning"},   {"health", "care", "healthcare"}, {"child", "care", "childcare"},
    {"day", "care", "daycare"},       {"web", "site", "website"},       {"on", "site", "onsite"},
    {"off", "site", "offsite"},       {"part", "time", "parttime"},     {"full", "time", "fulltime"},
    {"per", "diem", "perdiem"},       {"pre", "k", "prek"},             {"sys", "admin", "sysadmin"},
    {"non", "profit", "nonprofit"},   {"e", "mail", "email"},           {"web", "master", "webmaster"},
    {"data", "base", "database"},     {"cyber", "security", "cybersecurity"}, {"wait", "staff", "waitstaff"},
    {"book", "keeper", "bookkeeper"}, {"life", "guard", "lifeguard"},   {"house", "keeper", "housekeeper"},
    {"fire", "fighter", "firefighter"}, {"care", "giver", "caregiver"}, {"dish", "washer", "dishwasher"},
    {"sales", "person", "salesperson"}, {"grounds", "keeper", "groundskeeper"}, {"farm", "worker", "farmworker"},
    {"mid", "level", "midlevel"},     {"pa", "c", "physician assistant"}, {"hair", "stylist", "hairstylist"},
};

// Phrases that fall away wherever they stand.
constexpr std::string_view kDroppedPhrases[] = {
    "entry level", "mid senior", "new grad", "new graduate", "no experience", "will train", "paid training",
    "night shift", "day shift", "evening shift", "swing shift", "graveyard shift", "weekend shift",
    "rotating shift", "all shifts", "1st shift", "2nd shift", "3rd shift", "first shift", "second shift",
    "third shift", "12 hour", "8 hour", "work from home", "home based", "in office", "all genders",
    "sign on", "signing bonus", "up to", "per hour", "an hour", "per year", "now hiring", "hiring now",
    "join our team", "join us", "we are hiring", "were hiring", "immediate start", "start immediately",
    "apply now", "apply today", "career opportunity", "job id", "job ref",
    // French and Brazilian contracts and hours.
    "en cdi", "en cdd", "en alternance", "en interim", "temps plein", "temps partiel", "tempo integral",
    "meio periodo", "home office",
    // Night and day shifts: "Infirmière de nuit" is a nurse ("Veilleur de nuit" stays a watchman).
    "de nuit", "de jour", "im schichtdienst", "im nachtdienst",
};

const std::unordered_map<std::string_view, WordInfo>& words() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string_view, WordInfo>();
    for (const Entry& e : kWords) map->emplace(e.word, WordInfo{e.rule, e.replacement});
    return map;
  }();
  return *table;
}

}  // namespace

WordInfo word_info(std::string_view word) {
  const auto& table = words();
  auto it = table.find(word);
  return it == table.end() ? WordInfo{} : it->second;
}

std::string_view compound(std::string_view first, std::string_view second) {
  for (const auto& c : kCompounds) {
    if (c[0] == first && c[1] == second) return c[2];
  }
  return {};
}

size_t dropped_phrase_length(const std::vector<std::string>& words, size_t at) {
  // The phrases split once, by their first word: most words begin none, and say so in one lookup.
  using Phrase = std::vector<std::string_view>;
  static const auto* by_first_word = [] {
    auto* map = new std::unordered_map<std::string_view, std::vector<Phrase>>();
    for (std::string_view phrase : kDroppedPhrases) {
      Phrase split;
      for (size_t start = 0; start < phrase.size();) {
        size_t end = phrase.find(' ', start);
        if (end == std::string_view::npos) end = phrase.size();
        split.push_back(phrase.substr(start, end - start));
        start = end + 1;
      }
      (*map)[split.front()].push_back(std::move(split));
    }
    return map;
  }();
  auto it = by_first_word->find(words[at]);
  if (it == by_first_word->end()) return 0;
  for (const Phrase& phrase : it->second) {
    if (at + phrase.size() > words.size()) continue;
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) return phrase.size();
  }
  return 0;
}

bool is_gender_mark(std::string_view word) {
  return word.size() == 1 ? std::string_view("mwfdhxvkni").find(word[0]) != std::string_view::npos
                          : word == "div" || word == "divers" || word == "a";
}

bool is_pay_unit(std::string_view word) {
  for (std::string_view unit : {"per", "an", "a", "hr", "hrs", "hour", "hours", "hourly", "yr", "year", "years",
                                "annual", "annually", "k", "week", "weekly", "wk", "month", "monthly", "mo", "day",
                                "daily", "plus", "bonus", "usd", "eur", "gbp", "salary", "base", "ote", "doe"}) {
    if (word == unit) return true;
  }
  return false;
}

std::string singular(std::string word) {
  const size_t n = word.size();
  if (n <= 3 || word.back() != 's') return word;
  for (std::string_view keep : {"sales", "news", "series", "species", "devops", "lens", "canvas", "atlas", "bus"}) {
    if (word == keep) return word;
  }
  auto ends = [&](std::string_view tail) { return n >= tail.size() && word.compare(n - tail.size(), tail.size(), tail) == 0; };
  if (ends("ss") || ends("us") || ends("is") || ends("ics") || ends("ops") || ends("js")) return word;
  if (ends("ies") && n > 4) return word.substr(0, n - 3) + "y";
  if (ends("ches") || ends("shes") || ends("xes") || ends("sses")) return word.substr(0, n - 2);
  return word.substr(0, n - 1);
}

}  // namespace airisk::core::title_rules
