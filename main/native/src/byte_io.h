// faiss (de)serialisation to and from memory without an intermediate std::vector: the size is
// measured in a first pass, then the index is written straight into the JS Buffer.
#pragma once

#include <faiss/impl/io.h>

#include <cstdint>
#include <cstring>

namespace rvc {

struct CountingWriter : faiss::IOWriter {
  size_t bytes = 0;
  size_t operator()(const void*, size_t size, size_t nitems) override {
    bytes += size * nitems;
    return nitems;
  }
};

struct SpanWriter : faiss::IOWriter {
  uint8_t* data;
  size_t capacity;
  size_t used = 0;
  SpanWriter(uint8_t* d, size_t c) : data(d), capacity(c) {}
  size_t operator()(const void* ptr, size_t size, size_t nitems) override {
    size_t bytes = size * nitems;
    if (used + bytes > capacity) return 0;  // faiss turns a short write into an exception
    std::memcpy(data + used, ptr, bytes);
    used += bytes;
    return nitems;
  }
};

struct SpanReader : faiss::IOReader {
  const uint8_t* data;
  size_t length;
  size_t position = 0;
  SpanReader(const uint8_t* d, size_t l) : data(d), length(l) {}
  size_t operator()(void* ptr, size_t size, size_t nitems) override {
    if (size == 0) return nitems;
    size_t available = (length - position) / size;
    size_t count = nitems < available ? nitems : available;
    std::memcpy(ptr, data + position, count * size);
    position += count * size;
    return count;
  }
};

}  // namespace rvc
