#ifndef DLDE_CCMARKGFM_SHIM_H
#define DLDE_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
// The extension record's fields (its special inline characters and whether
// it closes delimiters), which `CMarkParseLock` reads once. The header ships
// with Debian's libcmark-gfm-dev, of the same version as the library.
#include <cmark-gfm/syntax_extension.h>
#endif
