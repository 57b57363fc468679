#include "stdlib/modules.h"
bool awmod_random_init(AwState *S, Module *m) { (void)S; (void)m; return true; }
