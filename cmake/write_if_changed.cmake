# Writes CONTENT to PATH only when it differs from what is there, so an unchanged input does not
# rebuild and relink everything that depends on the generated file.
function(airisk_write_if_changed path content)
  if(EXISTS "${path}")
    file(READ "${path}" old)
    if(old STREQUAL content)
      return()
    endif()
  endif()
  file(WRITE "${path}" "${content}")
endfunction()
