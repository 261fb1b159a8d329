// Reads an 8-bit RGB or RGBA, non-interlaced PNG (what headless Chromium
// writes for --screenshot) far enough to tell whether anything was drawn:
// the share of pixels that differ from the top-left (background) pixel.
// Test helper only; uses zlib, which the build already links.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace news::testing {

struct PngProbe {
  bool ok = false;
  std::string error;
  int width = 0, height = 0;
  double ink = 0;  // fraction of pixels unlike the background
};

inline uint32_t PngU32(const std::string& s, size_t at) {
  return (uint32_t(uint8_t(s[at])) << 24) | (uint32_t(uint8_t(s[at + 1])) << 16) | (uint32_t(uint8_t(s[at + 2])) << 8) |
         uint32_t(uint8_t(s[at + 3]));
}

inline int Paeth(int a, int b, int c) {
  int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

inline PngProbe ProbePng(const std::string& png) {
  PngProbe r;
  if (png.size() < 33 || png.compare(1, 3, "PNG") != 0) { r.error = "not a PNG"; return r; }
  std::string idat;
  int bit_depth = 0, colour = 0;
  for (size_t at = 8; at + 8 <= png.size();) {
    uint32_t len = PngU32(png, at);
    std::string type = png.substr(at + 4, 4);
    if (at + 12 + len > png.size()) break;
    if (type == "IHDR") {
      r.width = int(PngU32(png, at + 8));
      r.height = int(PngU32(png, at + 12));
      bit_depth = uint8_t(png[at + 16]);
      colour = uint8_t(png[at + 17]);
      if (png[at + 20] != 0) { r.error = "interlaced"; return r; }
    } else if (type == "IDAT") {
      idat += png.substr(at + 8, len);
    }
    at += 12 + len;
  }
  if (bit_depth != 8 || (colour != 2 && colour != 6)) { r.error = "unsupported pixel format"; return r; }
  size_t bpp = colour == 6 ? 4 : 3, stride = size_t(r.width) * bpp;
  std::vector<uint8_t> raw((stride + 1) * size_t(r.height));
  uLongf raw_len = raw.size();
  if (uncompress(raw.data(), &raw_len, reinterpret_cast<const Bytef*>(idat.data()), idat.size()) != Z_OK ||
      raw_len != raw.size()) {
    r.error = "bad image data";
    return r;
  }
  std::vector<uint8_t> prev(stride, 0), row(stride);
  std::vector<uint8_t> background;
  size_t differing = 0;
  for (int y = 0; y < r.height; ++y) {
    const uint8_t* in = &raw[size_t(y) * (stride + 1)];
    for (size_t x = 0; x < stride; ++x) {
      int a = x >= bpp ? row[x - bpp] : 0, b = prev[x], c = x >= bpp ? prev[x - bpp] : 0;
      int pred = in[0] == 1 ? a : in[0] == 2 ? b : in[0] == 3 ? (a + b) / 2 : in[0] == 4 ? Paeth(a, b, c) : 0;
      row[x] = uint8_t(in[1 + x] + pred);
    }
    if (y == 0) background.assign(row.begin(), row.begin() + long(bpp));
    for (size_t x = 0; x < stride; x += bpp) {
      if (!std::equal(background.begin(), background.end(), row.begin() + long(x))) ++differing;
    }
    prev = row;
  }
  r.ink = double(differing) / (double(r.width) * r.height);
  r.ok = true;
  return r;
}

}  // namespace news::testing
