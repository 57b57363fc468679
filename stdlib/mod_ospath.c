#include "stdlib/modules.h"
bool awmod_ospath_init(AwState *S, Module *m) { (void)S; (void)m; return true; }
