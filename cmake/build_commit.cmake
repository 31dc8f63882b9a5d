# Writes OUTPUT, the C++ source of factlint::BuildCommit() (src/cli/build_info.h):
# COMMIT when given, else the commit of SOURCE_DIR when SOURCE_DIR is the top
# of a git work tree (not a tarball unpacked inside some other repository),
# else "unknown". Run with cmake -P at every build; configure_file leaves
# OUTPUT untouched when its content is unchanged, so nothing rebuilds then.
if(NOT COMMIT)
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SOURCE_DIR} rev-parse --show-toplevel
                    OUTPUT_VARIABLE top ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE rc)
    if(rc EQUAL 0)
      file(REAL_PATH "${top}" top)
      file(REAL_PATH "${SOURCE_DIR}" source)
      if(top STREQUAL source)
        execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SOURCE_DIR} rev-parse --short=12 HEAD
                        OUTPUT_VARIABLE COMMIT ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE
                        RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
          set(COMMIT "")
        endif()
      endif()
    endif()
  endif()
endif()
if(NOT COMMIT)
  set(COMMIT unknown)
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/build_commit.cc.in ${OUTPUT} @ONLY)
