# Install rules and the CMake package (find_package(tiltak CONFIG)) for consumers:
#   <prefix>/include/tiltak/...                      public C++ and C headers
#   <prefix>/lib/libtiltak.a                         the C++ library (tiltak::tiltak)
#   <prefix>/lib/libtiltak_c.so.*                    the C API (tiltak::tiltak_c), when built
#   <prefix>/lib/cmake/tiltak/tiltak{Config,ConfigVersion}.cmake
#   <prefix>/lib/cmake/tiltak/tiltakTargets.cmake    the C++ component ("cxx")
#   <prefix>/lib/cmake/tiltak/tiltak_cTargets.cmake  the C component ("c"): no C++ dependency
#   <prefix>/lib/pkgconfig/tiltak_c.pc, tiltak.pc    the C API for pkg-config
#   <prefix>/bin/tiltak                              the CLI, when built
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

# The C API (capi/CMakeLists.txt defines tiltak_c) has an export set of its own: the shared
# library links the C++ core and its dependencies privately and completely (--no-undefined),
# so a C consumer needs nothing but the library and its headers (capi/include/tiltak/*.h and
# the generated version.h). find_package(tiltak COMPONENTS c) loads only this set, and works
# in a project whose only language is C.
if(TARGET tiltak_c)
  set_target_properties(tiltak_c PROPERTIES EXPORT_NAME tiltak_c)
  install(TARGETS tiltak_c
    EXPORT tiltak_cTargets
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
  # tiltak_c.pc for the C library alone; tiltak.pc, the older name, requires it.
  foreach(pc_name tiltak_c tiltak)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/${pc_name}.pc.in ${PROJECT_BINARY_DIR}/${pc_name}.pc @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/${pc_name}.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
  endforeach()
  install(EXPORT tiltak_cTargets
    NAMESPACE tiltak::
    FILE tiltak_cTargets.cmake
    DESTINATION ${TILTAK_INSTALL_CMAKEDIR})
  export(EXPORT tiltak_cTargets NAMESPACE tiltak:: FILE ${PROJECT_BINARY_DIR}/tiltak_cTargets.cmake)
endif()

if(TARGET tiltak_cli)
  install(TARGETS tiltak_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT tiltakTargets
  NAMESPACE tiltak::
  FILE tiltakTargets.cmake
  DESTINATION ${TILTAK_INSTALL_CMAKEDIR})
# The build tree is a package too (tiltak_DIR=<build>): its tiltakConfig.cmake, written below,
# loads these, which name the build tree's libraries and the source tree's headers.
export(EXPORT tiltakTargets NAMESPACE tiltak:: FILE ${PROJECT_BINARY_DIR}/tiltakTargets.cmake)
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
