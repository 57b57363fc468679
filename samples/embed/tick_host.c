/* A game-style host: a fixed tick of 60 frames a second, one round of
 * aw's loop per frame. The engine owns the entities; scripts steer them
 * from tasks that await game.next_frame() (a future the engine resolves
 * at the next tick) or asyncio.sleep().
 * Build: cc tick_host.c $(pkg-config --cflags --libs aw) -o tick_host */
#include <aw.h>
#include <stdio.h>
#include <string.h>

#define FPS 60
#define MAX_FRAMES 100
#define MAX_ENTITIES 8
#define MAX_WAITERS 16

/* The engine's state, reached from the C functions through their ud. */
typedef struct Game {
    int frame;
    int nentities;
    struct {
        char name[16];
        int x, y;
    } entity[MAX_ENTITIES];
    int nwaiters;
    AwValue waiter[MAX_WAITERS]; /* futures of game.next_frame() */
} Game;

static void write_stdout(void *ud, const char *data, size_t len)
{
    (void)ud;
    if (data == NULL)
        fflush(stdout);
    else
        fwrite(data, 1, len, stdout);
}

/* game.next_frame(): a future the engine resolves, with the frame's
 * number, when the next tick begins. */
static AwValue next_frame(AwState *S, int argc, const AwValue *argv,
                          AwValue kwargs, void *ud)
{
    Game *g = ud;
    (void)argc, (void)argv, (void)kwargs;
    if (g->nwaiters == MAX_WAITERS)
        return aw_raise(S, "RuntimeError", "too many waiters"), AW_NULL;
    AwValue fut = aw_future(S);
    if (fut != AW_NULL)
        g->waiter[g->nwaiters++] = aw_dup(S, fut); /* the engine's own */
    return fut;
}

/* game.spawn(name, x, y): a new entity's id. */
static AwValue spawn(AwState *S, int argc, const AwValue *argv, AwValue kwargs,
                     void *ud)
{
    Game *g = ud;
    int64_t x, y;
    const char *name;
    (void)kwargs;
    if (argc != 3 || g->nentities == MAX_ENTITIES)
        return aw_raise(S, "ValueError", "spawn(name, x, y)"), AW_NULL;
    if ((name = aw_to_str(S, argv[0], NULL)) == NULL ||
        aw_to_int64(S, argv[1], &x) || aw_to_int64(S, argv[2], &y))
        return AW_NULL;
    int id = g->nentities++;
    snprintf(g->entity[id].name, sizeof g->entity[id].name, "%s", name);
    g->entity[id].x = (int)x;
    g->entity[id].y = (int)y;
    return aw_int(S, id);
}

/* game.move(id, dx, dy). */
static AwValue move(AwState *S, int argc, const AwValue *argv, AwValue kwargs,
                    void *ud)
{
    Game *g = ud;
    int64_t id, dx, dy;
    (void)kwargs;
    if (argc != 3)
        return aw_raise(S, "TypeError", "move(id, dx, dy)"), AW_NULL;
    if (aw_to_int64(S, argv[0], &id) || aw_to_int64(S, argv[1], &dx) ||
        aw_to_int64(S, argv[2], &dy))
        return AW_NULL;
    if (id < 0 || id >= g->nentities)
        return aw_raise(S, "ValueError", "no entity %lld", (long long)id),
               AW_NULL;
    g->entity[id].x += (int)dx;
    g->entity[id].y += (int)dy;
    return aw_none(S);
}

/* game.frame(): the current frame's number. */
static AwValue frame(AwState *S, int argc, const AwValue *argv, AwValue kwargs,
                     void *ud)
{
    (void)argc, (void)argv, (void)kwargs;
    return aw_int(S, ((Game *)ud)->frame);
}

/* The start of a tick: every task waiting for it becomes ready. */
static void resolve_waiters(AwState *S, Game *g)
{
    AwValue n = aw_int(S, g->frame);
    for (int i = 0; i < g->nwaiters; i++) {
        aw_future_resolve(S, g->waiter[i], n);
        aw_release(S, g->waiter[i]);
    }
    g->nwaiters = 0;
    aw_release(S, n);
}

static void render(Game *g)
{
    printf("frame %2d:", g->frame);
    for (int i = 0; i < g->nentities; i++)
        printf(" %s(%d,%d)", g->entity[i].name, g->entity[i].x, g->entity[i].y);
    printf("\n");
}

static const char *script =
    "import asyncio, game\n"
    "\n"
    "async def walk(hero, steps):\n"
    "    for _ in range(steps):\n"
    "        await game.next_frame()\n"
    "        game.move(hero, 1, 0)\n"
    "\n"
    "async def flap(bat):\n"
    "    for dy in (-1, -1, 1, 1):\n"
    "        await asyncio.sleep(0.11)\n"
    "        game.move(bat, 0, dy)\n"
    "        print(f'script: bat flaps at frame {game.frame()}')\n"
    "\n"
    "async def main():\n"
    "    hero = game.spawn('hero', 0, 0)\n"
    "    bat = game.spawn('bat', 10, 5)\n"
    "    await asyncio.gather(walk(hero, 12), flap(bat))\n"
    "    print(f'script: done at frame {game.frame()}')\n";

static void def_game(AwState *S, Game *g)
{
    AwValue m = aw_module(S, "game");
    aw_def(S, m, "next_frame", next_frame, g);
    aw_def(S, m, "spawn", spawn, g);
    aw_def(S, m, "move", move, g);
    aw_def(S, m, "frame", frame, g);
    aw_release(S, m);
}

int main(void)
{
    /* Virtual time: aw's clock moves only when the engine says so, so
     * that asyncio.sleep() counts game time, not wall time. use_environment
     * lets AW_GC_STRESS=1 (the sanitizer lane of the tests) reach aw. */
    AwConfig c;
    aw_config_sandbox(&c);
    c.virtual_time = 1;
    c.use_environment = 1;
    c.write_out = c.write_err = write_stdout;
    AwState *S = aw_new_config(&c);
    if (S == NULL)
        return 1;
    Game g = {0};
    def_game(S, &g);

    AwValue coro = AW_NULL, task = AW_NULL;
    if (aw_exec(S, script, "<script>", AW_NULL) == AW_OK &&
        (coro = aw_eval(S, "main()", AW_NULL)) != AW_NULL)
        task = aw_start(S, coro, NULL, NULL);
    aw_release(S, coro);
    if (task == AW_NULL)
        aw_error_print(S);

    /* The game loop: each frame moves the clock, wakes the tasks waiting
     * for it, runs one round of aw's loop without waiting, renders. */
    while (aw_loop_tasks(S) > 0 && g.frame < MAX_FRAMES) {
        g.frame++;
        aw_advance_time(S, 1.0 / FPS); /* one frame of game time */
        resolve_waiters(S, &g);
        aw_set_budget(S, 100000); /* no script may stall a frame */
        if (aw_loop_run_once(S, 0) != AW_OK) {
            printf("frame %d failed: %s\n", g.frame, aw_error_type(S));
            break;
        }
        render(&g);
    }
    if (task != AW_NULL && aw_future_state(S, task) == AW_DONE)
        printf("game: script finished after %d frames\n", g.frame);
    aw_release(S, task);
    aw_loop_close(S);
    /* futures the close cancelled: the engine lets go of its handles */
    resolve_waiters(S, &g);
    printf("game: handles left: %zu\n", aw_handle_count(S));
    aw_free(S);
    return 0;
}
