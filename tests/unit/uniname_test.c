/* Unit test of the Unicode name tables (vm/uniname.h). With no argument it
 * checks a few names by hand; with "-" it also reads the cases that
 * `python3 vm/uniname.py --check` prints from CPython ("cp;name" for
 * \N{name}, "-" when CPython rejects it, and "name cp;name" for
 * unicodedata.name) and checks every one. Prints
 * "uniname_test: N passed, N failed" and exits 1 on a failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/uniname.h"

static int passed, failed;

static void expect(const char *name, long want)
{
    uint32_t cp = 0;
    bool ok = awuni_lookup(name, strlen(name), &cp);
    if (ok ? (long)cp == want : want < 0) {
        passed++;
        return;
    }
    failed++;
    if (failed <= 20)
        printf("\\N{%s}: got %s%lx, want %lx\n", name, ok ? "" : "none ",
               ok ? (long)cp : 0L, want);
}

static void expect_name(uint32_t cp, const char *want)
{
    char buf[AWUNI_NAME_SIZE];
    size_t n = awuni_name(cp, buf);
    if (n == strlen(buf) && strcmp(buf, want) == 0) {
        passed++;
        return;
    }
    failed++;
    if (failed <= 20)
        printf("name(%lx): got '%s', want '%s'\n", (long)cp, buf, want);
}

static void by_hand(void)
{
    expect("LATIN SMALL LETTER E WITH ACUTE", 0xe9);
    expect("snowman", 0x2603);
    expect("Euro Sign", 0x20ac);
    expect("LF", 0x0a);                /* an alias */
    expect("BYTE ORDER MARK", 0xfeff); /* an alias */
    expect("KEYCAP DIGIT ONE", -1);    /* a named sequence */
    expect("CJK UNIFIED IDEOGRAPH-4E00", 0x4e00);
    expect("CJK UNIFIED IDEOGRAPH-04E00", 0x4e00);
    expect("cjk unified ideograph-4e00", -1);
    expect("CJK UNIFIED IDEOGRAPH-4DC0", -1);
    expect("cjk compatibility ideograph-f900", 0xf900);
    expect("CJK COMPATIBILITY IDEOGRAPH-0F900", -1);
    expect("HANGUL SYLLABLE GA", 0xac00);
    expect("HANGUL SYLLABLE GGAGG", 0xae4e);
    expect("HANGUL SYLLABLE ga", -1);
    expect("HANGUL SYLLABLE ", -1);
    expect("TIBETAN MARK BKA- SHOG YIG MGO", 0x0f0a);
    expect("TIBETAN MARK TSA -PHRU", 0x0f39);
    expect("SPACE ", -1);
    expect("", -1);
    expect_name(0x41, "LATIN CAPITAL LETTER A");
    expect_name(0xac01, "HANGUL SYLLABLE GAG");
    expect_name(0x0a, "");
    expect_name(0x10ffff, "");
}

/* One case per line from vm/uniname.py --check. */
static void from_python(FILE *f)
{
    char line[512];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *semi = strchr(line, ';');
        if (!semi)
            continue;
        *semi = '\0';
        if (strncmp(line, "name ", 5) == 0)
            expect_name((uint32_t)strtoul(line + 5, NULL, 16), semi + 1);
        else
            expect(semi + 1, line[0] == '-' ? -1 : strtol(line, NULL, 16));
    }
}

int main(int argc, char **argv)
{
    by_hand();
    if (argc > 1 && strcmp(argv[1], "-") == 0)
        from_python(stdin);
    printf("uniname_test: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
