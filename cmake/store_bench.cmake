# Store benchmark tools (built on demand by tools/gen-corpus and
# tools/bench-store, not by `all`).
add_executable(gen_corpus EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/tools/bench/gen_corpus.cc)
target_link_libraries(gen_corpus PRIVATE newsminer_core)
target_compile_options(gen_corpus PRIVATE -Wall -Wextra)
add_executable(bench_store EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/tools/bench/bench_store.cc)
target_link_libraries(bench_store PRIVATE newsminer_core)
target_compile_options(bench_store PRIVATE -Wall -Wextra)
