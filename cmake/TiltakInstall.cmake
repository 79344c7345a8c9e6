# Install rules and the CMake package (find_package(tiltak CONFIG)) for consumers:
#   <prefix>/include/tiltak/...                      public C++ headers
#   <prefix>/lib/libtiltak.a                         the C++ library (tiltak::tiltak)
#   <prefix>/lib/cmake/tiltak/tiltak{Config,ConfigVersion,Targets}.cmake
#   <prefix>/bin/tiltak                              the CLI, when built
# and, once the C API exists, libtiltak_c (tiltak::tiltak_c) and lib/pkgconfig/tiltak.pc.
include_guard(GLOBAL)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(TILTAK_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/tiltak"
    CACHE STRING "Where tiltakConfig.cmake is installed, relative to the prefix")

install(TARGETS tiltak
  EXPORT tiltakTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/tiltak
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")

# Hook for the C API (capi/CMakeLists.txt defines tiltak_c): it joins the same export set, so
# find_package(tiltak) provides tiltak::tiltak_c, with its headers (capi/include/tiltak/*.h
# and the generated version.h), and C users get tiltak.pc.
if(TARGET tiltak_c)
  set_target_properties(tiltak_c PROPERTIES EXPORT_NAME tiltak_c)
  install(TARGETS tiltak_c
    EXPORT tiltakTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/capi/include/ ${PROJECT_BINARY_DIR}/capi/include/
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
    FILES_MATCHING PATTERN "*.h")
  # Relocatable: the prefix is found relative to the .pc file (pkg-config's ${pcfiledir}),
  # so `cmake --install --prefix ...` gives a working file too.
  file(RELATIVE_PATH TILTAK_PC_TO_PREFIX
    "${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig" "${CMAKE_INSTALL_PREFIX}")
  string(REGEX REPLACE "/$" "" TILTAK_PC_TO_PREFIX "${TILTAK_PC_TO_PREFIX}")
  foreach(dir LIBDIR INCLUDEDIR)
    if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
      set(TILTAK_PC_${dir} "${CMAKE_INSTALL_${dir}}")
    else()
      set(TILTAK_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
    endif()
  endforeach()
  configure_file(${CMAKE_CURRENT_LIST_DIR}/tiltak.pc.in ${PROJECT_BINARY_DIR}/tiltak.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/tiltak.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endif()

if(TARGET tiltak_cli)
  install(TARGETS tiltak_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT tiltakTargets
  NAMESPACE tiltak::
  FILE tiltakTargets.cmake
  DESTINATION ${TILTAK_INSTALL_CMAKEDIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/tiltakConfig.cmake.in
  ${PROJECT_BINARY_DIR}/tiltakConfig.cmake
  INSTALL_DESTINATION ${TILTAK_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/tiltakConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/tiltakConfig.cmake
  ${PROJECT_BINARY_DIR}/tiltakConfigVersion.cmake
  DESTINATION ${TILTAK_INSTALL_CMAKEDIR})
