/* A tiny test harness for the API tests: CHECK counts a check and prints
 * the failed ones; done_testing reports and gives the exit status. */
#ifndef AW_TEST_CHECK_H
#define AW_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures, check_count;

#define CHECK(c)                                                             \
    do {                                                                     \
        check_count++;                                                       \
        if (!(c)) {                                                          \
            check_failures++;                                                \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c);              \
        }                                                                    \
    } while (0)

#define CHECK_STR(a, b)                                                      \
    do {                                                                     \
        const char *check_a_ = (a), *check_b_ = (b);                         \
        check_count++;                                                       \
        if (check_a_ == NULL || check_b_ == NULL ||                          \
            strcmp(check_a_, check_b_) != 0) {                               \
            check_failures++;                                                \
            printf("FAIL %s:%d: %s == %s\n  got:      \"%s\"\n"              \
                   "  expected: \"%s\"\n",                                   \
                   __FILE__, __LINE__, #a, #b,                               \
                   check_a_ ? check_a_ : "(null)",                           \
                   check_b_ ? check_b_ : "(null)");                          \
        }                                                                    \
    } while (0)

static int done_testing(const char *name)
{
    printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
    return check_failures != 0;
}

#endif
