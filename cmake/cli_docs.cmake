# Writes the man page and the shell completions that the factlint binary
# generates from its own command definitions (src/cli/cli_docs.h).
# cmake -DFACTLINT=path/to/factlint -DOUTPUT_DIR=dir -P cli_docs.cmake
foreach(spec "factlint.1;--man-page" "factlint.bash;--completion;bash"
             "_factlint;--completion;zsh")
  list(POP_FRONT spec file)
  execute_process(COMMAND ${FACTLINT} ${spec}
                  OUTPUT_FILE ${OUTPUT_DIR}/${file}.new
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FACTLINT} ${spec} failed: ${result}")
  endif()
  file(RENAME ${OUTPUT_DIR}/${file}.new ${OUTPUT_DIR}/${file})
endforeach()
