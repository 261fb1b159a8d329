# Per-sentence tone features for tuning the article aggregate (tools/eval-sentiment --cv); not built by `all`.
add_executable(tone_features EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/tools/bench/tone_features.cc)
target_link_libraries(tone_features PRIVATE newsminer_core)
target_compile_options(tone_features PRIVATE -Wall -Wextra)
