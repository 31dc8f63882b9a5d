# Writes OUTPUT, a C++ source defining `extern const char factlint::NAME[]`
# with the bytes of INPUT and a terminating NUL, so that a data file (the
# HTML report's style sheet) is part of the binary without being written as
# a string literal in the code. Run with cmake -P whenever INPUT changes.
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)"
       "\\1\n" bytes "${bytes}")
file(WRITE ${OUTPUT}.tmp
     "// Generated from ${INPUT} by cmake/embed_text.cmake; do not edit.\n"
     "namespace factlint {\nextern const char ${NAME}[] = {\n${bytes}0};\n}\n")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
