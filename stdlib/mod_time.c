#include "stdlib/modules.h"
bool awmod_time_init(AwState *S, Module *m) { (void)S; (void)m; return true; }
