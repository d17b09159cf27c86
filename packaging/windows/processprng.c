/*
 * Test only, never shipped: a bcryptprimitives.dll for Wine 8.0, which
 * lacks ProcessPrng. Go 1.22 and later take their random numbers from
 * bcryptprimitives.dll's ProcessPrng on Windows and stop at start-up
 * without it. This one fills the buffer from advapi32's RtlGenRandom
 * (SystemFunction036), which Wine has. test-windows.sh builds it with
 * mingw and drops it into the scratch Wine prefix's system32.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
