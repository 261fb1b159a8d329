# libFuzzer target for the HTML -> article path (issue 4). libFuzzer comes
# with clang, so the target exists only when CMAKE_CXX_COMPILER is clang++:
#   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang
#   cmake --build build-fuzz --target fuzz_html_article
# tools/fuzz-html does exactly that and runs it for a bounded time (tools/test
# calls it). The target compiles the ingest sources it needs itself, with
# coverage and ASan+UBSan, instead of linking the (uninstrumented) core.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(NEWSMINER_FUZZ_SOURCES
    tools/fuzz/html_article_fuzz.cc
    src/ingest/charset.cc src/ingest/content_hash.cc src/ingest/decode_document.cc src/ingest/feed.cc
    src/ingest/html_article.cc src/ingest/html_content.cc src/ingest/html_dom.cc src/ingest/html_metadata.cc
    src/ingest/text_article.cc src/ingest/text_dates.cc src/ingest/url.cc
    src/common/dates.cc src/common/json.cc src/common/utf8.cc)
  list(TRANSFORM NEWSMINER_FUZZ_SOURCES PREPEND "${CMAKE_SOURCE_DIR}/")
  add_executable(fuzz_html_article EXCLUDE_FROM_ALL ${NEWSMINER_FUZZ_SOURCES})
  target_include_directories(fuzz_html_article PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_compile_options(fuzz_html_article PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer)
  target_link_options(fuzz_html_article PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_libraries(fuzz_html_article PRIVATE PkgConfig::ICU PkgConfig::GUMBO OpenSSL::Crypto)
endif()
