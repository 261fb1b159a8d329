#include "server/api_types.h"

#include "common/json.h"

namespace news {

ApiResponse JsonError(int status, const std::string& code, const std::string& message) {
  ApiResponse r;
  r.status = status;
  r.body = "{\"error\":{\"status\":" + std::to_string(status) + ",\"code\":" + JsonQuote(code) +
           ",\"message\":" + JsonQuote(message) + "}}";
  return r;
}

ApiResponse ErrorFromStatus(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument: return JsonError(400, "bad_request", status.message());
    case StatusCode::kParseError: return JsonError(400, "bad_request", status.message());
    case StatusCode::kNotFound: return JsonError(404, "not_found", status.message());
    case StatusCode::kTooLarge: return JsonError(413, "too_large", status.message());
    case StatusCode::kBusy: {
      ApiResponse r = JsonError(503, "busy", status.message());
      r.retry_after_s = 1;
      return r;
    }
    default: return JsonError(500, "internal", status.message());
  }
}

ApiResponse JsonOk(std::string body) {
  ApiResponse r;
  r.body = std::move(body);
  return r;
}

}  // namespace news
