#pragma once
// 128-bit integers for exact intermediate products of money arithmetic (a GCC/Clang extension;
// __extension__ keeps -Wpedantic quiet about it in one place).

namespace comptoir {
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;
} // namespace comptoir
