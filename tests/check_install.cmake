# Installs the build tree into a scratch prefix and checks the files a package must hold.
# cmake -DBUILD_DIR=... -DPREFIX=... -DWITH_GUI=ON|OFF -P check_install.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(expected bin/backprop-cli share/backprop-studio/iris.csv share/man/man1/backprop-cli.1.gz
    share/doc/backprop-studio/copyright share/doc/backprop-studio/changelog.gz)
# Every bundled lesson, both of its files (the .deb carries what the install tree holds).
file(GLOB lessons RELATIVE ${CMAKE_CURRENT_LIST_DIR}/../resources/examples/lessons
     ${CMAKE_CURRENT_LIST_DIR}/../resources/examples/lessons/*/lesson.bpstudio)
if(lessons STREQUAL "")
  message(FATAL_ERROR "no lessons found in resources/examples/lessons")
endif()
foreach(lesson ${lessons})
  get_filename_component(folder ${lesson} DIRECTORY)
  list(APPEND expected share/backprop-studio/lessons/${lesson}
       share/backprop-studio/lessons/${folder}/lesson.md)
endforeach()
if(WITH_GUI)
  list(APPEND expected bin/backprop-studio share/applications/backprop-studio.desktop
       share/icons/hicolor/scalable/apps/backprop-studio.svg
       share/mime/packages/backprop-studio.xml share/man/man1/backprop-studio.1.gz)
endif()
foreach(path ${expected})
  if(NOT EXISTS ${PREFIX}/${path})
    message(FATAL_ERROR "missing after install: ${path}")
  endif()
endforeach()
# Man pages are compressed to policy: gzip, no file name or time stamp inside (gzip -n).
file(GLOB pages ${PREFIX}/share/man/man1/*)
foreach(page ${pages})
  file(READ ${page} header LIMIT 10 HEX)
  if(NOT header MATCHES "^1f8b080000000000")
    message(FATAL_ERROR "${page}: not gzip -n (header ${header})")
  endif()
endforeach()
message(STATUS "installed: ${expected}")
