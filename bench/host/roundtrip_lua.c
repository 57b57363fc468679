/* roundtrip.c's measurements in Lua 5.4, through its C API, in ns per
 * operation:
 *   roundtrip    the closest Lua has to awaiting a host future: the
 *                script calls host.wait(i), a C function that yields
 *                the coroutine to the host (lua_yield), and the host
 *                resumes it (lua_resume) with the value;
 *   call_c       Lua code calling a C function, host.add(s, 1), in a loop;
 *   call_script  C calling a Lua function with lua_call.
 * Prints "NAME NS" lines: the median of REPS runs (argv[1], default 5). */
#define _POSIX_C_SOURCE 200809L
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define N_ROUNDTRIP 200000
#define N_CALLS 1000000

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void die(lua_State *L, const char *what)
{
    fprintf(stderr, "roundtrip_lua: %s: %s\n", what, lua_tostring(L, -1));
    exit(1);
}

/* host.wait(x): suspends the coroutine, handing x to the host. */
static int host_wait(lua_State *L)
{
    return lua_yield(L, 1);
}

static int host_add(lua_State *L)
{
    lua_pushinteger(L, luaL_checkinteger(L, 1) + luaL_checkinteger(L, 2));
    return 1;
}

static const char *script = "function roundtrip(n)\n"
                            "  local s, wait = 0, host.wait\n"
                            "  for i = 0, n - 1 do s = s + wait(i) end\n"
                            "  return s\n"
                            "end\n"
                            "function call_c(n)\n"
                            "  local s, add = 0, host.add\n"
                            "  for i = 1, n do s = add(s, 1) end\n"
                            "  return s\n"
                            "end\n"
                            "function inc(x) return x + 1 end\n";

/* The host side of the round trip: resume with what the script handed
 * over, as a host completing its future with it at once. */
static double time_roundtrip(lua_State *L, int n)
{
    lua_State *co = lua_newthread(L);
    lua_getglobal(co, "roundtrip");
    lua_pushinteger(co, n);
    double t0 = now_ns();
    int nres, st = lua_resume(co, L, 1, &nres);
    while (st == LUA_YIELD) {
        lua_Integer x = lua_tointeger(co, -1);
        lua_pop(co, nres);
        lua_pushinteger(co, x);
        st = lua_resume(co, L, 1, &nres);
    }
    double t1 = now_ns();
    if (st != LUA_OK)
        die(co, "roundtrip");
    if (lua_tointeger(co, -1) != (lua_Integer)n * (n - 1) / 2)
        fprintf(stderr, "roundtrip_lua: wrong sum\n");
    lua_pop(L, 1); /* the thread */
    return (t1 - t0) / n;
}

static double time_call_c(lua_State *L, int n)
{
    lua_getglobal(L, "call_c");
    lua_pushinteger(L, n);
    double t0 = now_ns();
    if (lua_pcall(L, 1, 1, 0) != LUA_OK)
        die(L, "call_c");
    double t1 = now_ns();
    if (lua_tointeger(L, -1) != n)
        fprintf(stderr, "roundtrip_lua: wrong count\n");
    lua_pop(L, 1);
    return (t1 - t0) / n;
}

static double time_call_script(lua_State *L, int n)
{
    lua_Integer x = 0;
    double t0 = now_ns();
    for (int i = 0; i < n; i++) {
        lua_getglobal(L, "inc");
        lua_pushinteger(L, x);
        lua_call(L, 1, 1);
        x = lua_tointeger(L, -1);
        lua_pop(L, 1);
    }
    double t1 = now_ns();
    if (x != n)
        fprintf(stderr, "roundtrip_lua: wrong inc\n");
    return (t1 - t0) / n;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    int reps = argc > 1 ? atoi(argv[1]) : 5;
    if (reps < 1 || reps > 100)
        reps = 5;
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    static const luaL_Reg host[] = {
        {"wait", host_wait}, {"add", host_add}, {NULL, NULL}};
    luaL_newlib(L, host);
    lua_setglobal(L, "host");
    if (luaL_dostring(L, script) != LUA_OK)
        die(L, "script");
    double rt[100], cc[100], cs[100];
    for (int r = 0; r < reps; r++) {
        rt[r] = time_roundtrip(L, N_ROUNDTRIP);
        cc[r] = time_call_c(L, N_CALLS);
        cs[r] = time_call_script(L, N_CALLS);
    }
    printf("roundtrip %.1f\ncall_c %.1f\ncall_script %.1f\n", median(rt, reps),
           median(cc, reps), median(cs, reps));
    lua_close(L);
    return 0;
}
