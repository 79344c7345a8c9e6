# A compiler cache when the machine has one (Debian: ccache). Its directory lives outside the
# source tree (ccache's default, ~/.cache/ccache), so a fresh clone of the project reuses the
# objects of every earlier build on the machine; paths are made relative to the source tree and
# the working directory is left out of the hash, so clones in other folders hit too.
option(TILTAK_USE_CCACHE "Compile through ccache when it is installed" ON)
if(TILTAK_USE_CCACHE)
  find_program(TILTAK_CCACHE ccache)
  if(TILTAK_CCACHE)
    set(launcher ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_NOHASHDIR=1
      ${TILTAK_CCACHE})
    set(CMAKE_C_COMPILER_LAUNCHER ${launcher})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${launcher})
  endif()
endif()
