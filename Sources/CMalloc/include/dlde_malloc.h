#ifndef DLDE_MALLOC_H
#define DLDE_MALLOC_H
#include <stddef.h>

/// Bytes malloc has handed out and not had back (glibc's `mallinfo2`:
/// in-use chunks in every arena plus mapped blocks); 0 where there is no
/// glibc. For `DLDE_TIMING`'s live-heap column.
size_t dlde_heap_in_use(void);

/// Has glibc's malloc map every block of `bytes` or more on its own and
/// unmap it when freed, and keeps it from raising that size by itself
/// (`M_MMAP_THRESHOLD`); false where there is no glibc.
int dlde_map_blocks_from(size_t bytes);

/// Gives the pages of freed memory back to the system (glibc's
/// `malloc_trim`); does nothing where there is no glibc.
void dlde_trim(void);

#endif
