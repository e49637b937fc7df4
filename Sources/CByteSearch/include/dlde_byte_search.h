#ifndef DLDE_BYTE_SEARCH_H
#define DLDE_BYTE_SEARCH_H
#include <stddef.h>

/// The first occurrence of `needle` (`needle_length` bytes) in `haystack`
/// (`haystack_length` bytes), or NULL: the C library's `memmem`, which
/// Swift's Glibc module does not show (it is a GNU extension).
const void *dlde_find_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
