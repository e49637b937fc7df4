#include "dlde_malloc.h"
#if defined(__linux__)
#include <malloc.h>
#endif

size_t dlde_heap_in_use(void) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
#else
    return 0;
#endif
}

int dlde_map_blocks_from(size_t bytes) {
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, (int)bytes) == 1;
#else
    (void)bytes;
    return 0;
#endif
}

void dlde_trim(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
