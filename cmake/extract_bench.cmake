# Extraction benchmark (built on demand by tools/bench-extract, not by `all`).
add_executable(bench_extract EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/tools/bench/bench_extract.cc)
target_link_libraries(bench_extract PRIVATE newsminer_core)
target_compile_options(bench_extract PRIVATE -Wall -Wextra)
