# Installs the build tree into a scratch prefix and checks the files a package must hold.
# cmake -DBUILD_DIR=... -DPREFIX=... -DWITH_GUI=ON|OFF -P check_install.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(expected bin/backprop-cli share/backprop-studio/iris.csv)
if(WITH_GUI)
  list(APPEND expected bin/backprop-studio share/applications/backprop-studio.desktop
       share/icons/hicolor/scalable/apps/backprop-studio.svg
       share/mime/packages/backprop-studio.xml
       share/backprop-studio/lessons/01-xor-hidden-layer/lesson.bpstudio
       share/backprop-studio/lessons/07-optimisers-compared/lesson.md)
endif()
foreach(path ${expected})
  if(NOT EXISTS ${PREFIX}/${path})
    message(FATAL_ERROR "missing after install: ${path}")
  endif()
endforeach()
message(STATUS "installed: ${expected}")
