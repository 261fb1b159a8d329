# Build-time text data (issue 3):
#  * the Traditional -> Simplified fold table, derived from ICU's Hant-Hans
#    transliterator, compiled into the core library as a generated source;
#  * the general Chinese word list, compiled from the word list that Debian's
#    python3-jieba installs (MIT) into build/newsminer-words.bin, which the
#    tokenizer maps into memory at run time (never copied into the repository).
set(NEWSMINER_JIEBA_DICT "/usr/lib/python3/dist-packages/jieba/dict.txt"
    CACHE FILEPATH "jieba-format general word list compiled into newsminer-words.bin")
set(NEWSMINER_WORDS_FILE "${CMAKE_BINARY_DIR}/newsminer-words.bin")

add_executable(gen_text_data ${CMAKE_SOURCE_DIR}/tools/gen/gen_text_data.cc)
target_include_directories(gen_text_data PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(gen_text_data PRIVATE PkgConfig::ICU)
target_compile_options(gen_text_data PRIVATE -Wall -Wextra)

set(NEWSMINER_FOLD_SOURCE "${CMAKE_BINARY_DIR}/generated/text/fold_data.cc")
add_custom_command(
  OUTPUT ${NEWSMINER_FOLD_SOURCE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated/text
  COMMAND gen_text_data fold ${NEWSMINER_FOLD_SOURCE}
  DEPENDS gen_text_data
  COMMENT "Deriving the Traditional->Simplified table from ICU Hant-Hans")
target_sources(newsminer_core PRIVATE ${NEWSMINER_FOLD_SOURCE})

if(NOT EXISTS ${NEWSMINER_JIEBA_DICT})
  message(FATAL_ERROR "word list ${NEWSMINER_JIEBA_DICT} not found: install python3-jieba (tools/setup)")
endif()
add_custom_command(
  OUTPUT ${NEWSMINER_WORDS_FILE}
  COMMAND gen_text_data words ${NEWSMINER_JIEBA_DICT} ${NEWSMINER_WORDS_FILE}
  DEPENDS gen_text_data ${NEWSMINER_JIEBA_DICT}
  COMMENT "Compiling the general word list into newsminer-words.bin")
add_custom_target(newsminer_words ALL DEPENDS ${NEWSMINER_WORDS_FILE})
add_dependencies(newsminer_core newsminer_words)
target_compile_definitions(newsminer_core PUBLIC
  NEWSMINER_WORDS_FILE="${NEWSMINER_WORDS_FILE}"
  NEWSMINER_INSTALL_WORDS_FILE="${CMAKE_INSTALL_PREFIX}/share/newsminer/newsminer-words.bin")
install(FILES ${NEWSMINER_WORDS_FILE} DESTINATION share/newsminer)

# In-process benchmark for tools/bench-text (built on demand, not by `all`).
add_executable(bench_text EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/tools/bench/bench_text.cc)
target_link_libraries(bench_text PRIVATE newsminer_core)
target_compile_options(bench_text PRIVATE -Wall -Wextra)
