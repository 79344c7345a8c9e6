# Proves the installed layout of the Python package: install only the `python` component
# into an empty prefix, check the files, and import tiltak with PYTHONPATH set to nothing but
# the installed site directory (run from an empty directory, so the build tree cannot leak in).
#   cmake -DBUILD_DIR=... -DCONFIG=... -DPREFIX=... -DSITE_DIR=... -DPYTHON=... -DDATA_DIR=... -P install_test.cmake
foreach(variable BUILD_DIR PREFIX SITE_DIR PYTHON DATA_DIR)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "install_test.cmake: ${variable} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" --component python ${config_args}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()

if(IS_ABSOLUTE "${SITE_DIR}")
  message(STATUS "TILTAK_PYTHON_INSTALL_DIR is absolute (${SITE_DIR}); it does not follow --prefix, skipping")
  return()
endif()
set(site "${PREFIX}/${SITE_DIR}")
foreach(file __init__.py _errors.py _frames.py _tiltak.pyi py.typed)
  if(NOT EXISTS "${site}/tiltak/${file}")
    message(FATAL_ERROR "not installed: ${site}/tiltak/${file}")
  endif()
endforeach()
file(GLOB module "${site}/tiltak/_tiltak*")
list(FILTER module EXCLUDE REGEX "\\.pyi$")
if(NOT module)
  message(FATAL_ERROR "the native module is not installed in ${site}/tiltak")
endif()

set(empty_dir "${PREFIX}/cwd")
file(MAKE_DIRECTORY "${empty_dir}")
set(check [=[
import os, sys
import tiltak
site = os.path.realpath(sys.argv[1])
assert os.path.realpath(tiltak.__file__).startswith(site + os.sep), tiltak.__file__
assert os.path.realpath(tiltak._tiltak.__file__).startswith(site + os.sep), tiltak._tiltak.__file__
portfolio = tiltak.Portfolio.load(sys.argv[2])
assert str(portfolio.summary().total_cost) == "1570000.50", portfolio.summary().total_cost
print("tiltak", tiltak.__version__, "imported from", os.path.dirname(tiltak.__file__))
]=])
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env --unset=PYTHONHOME "PYTHONPATH=${site}" PYTHONDONTWRITEBYTECODE=1
    "${PYTHON}" -c "${check}" "${site}" "${DATA_DIR}/minimal.json"
  WORKING_DIRECTORY "${empty_dir}"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "importing tiltak from ${site} failed")
endif()
