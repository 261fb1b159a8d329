# newsminer-loadgen: the HTTP load generator behind tools/bench-server (a
# benchmark tool, not part of the newsminer binary).
add_executable(newsminer-loadgen ${CMAKE_SOURCE_DIR}/tools/loadgen/loadgen.cc)
target_link_libraries(newsminer-loadgen PRIVATE PkgConfig::HTTPLIB OpenSSL::SSL OpenSSL::Crypto ZLIB::ZLIB Threads::Threads)
target_compile_options(newsminer-loadgen PRIVATE -Wall -Wextra)
# newsminer-api-cpu: CPU per API request in process (tools/bench-server --cpu).
add_executable(newsminer-api-cpu EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/tools/loadgen/api_cpu.cc)
target_link_libraries(newsminer-api-cpu PRIVATE newsminer_core)
target_compile_options(newsminer-api-cpu PRIVATE -Wall -Wextra)
