/* The bytecode: a stack machine modelled on CPython 3.11's.
 *
 * Encoding: one 32-bit word per instruction: opcode in the low 8 bits, the
 * argument A in the high 24 bits (0..16777215). An instruction documented
 * with "+1 word" is followed by one more 32-bit operand word B. The
 * compiler fails with a clean SyntaxError ("too many constants", "function
 * too large") before any operand would exceed 24 bits, so no limit is
 * silent. Jump targets are absolute word indices into Code.code.
 *
 * Stack notation: [.. a b] -> [.. c] with the top on the right. "name k"
 * is Code.names[k]; "const k" is Code.consts[k]; local slots index
 * localsplus (locals, then cells, then frees).
 *
 * X(name, stack effect or -99 when it depends on A, doc)
 */
#ifndef AW_OPCODES_H
#define AW_OPCODES_H

#define OPCODE_LIST(X)                                                       \
    X(NOP, 0, "")                                                            \
    X(POP_TOP, -1, "[.. a] -> [..]")                                         \
    X(PUSH_NULL, 1, "[..] -> [.. NULL]")                                     \
    X(COPY, 1, "A>=1: push a copy of the A-th item from the top (1 = TOS)") \
    X(SWAP, 0, "A>=2: swap TOS with the A-th item from the top")            \
    X(LOAD_CONST, 1, "push const A")                                         \
    X(LOAD_FAST, 1, "push local A; UnboundLocalError if unbound")            \
    X(STORE_FAST, -1, "pop into local A")                                    \
    X(DELETE_FAST, 0, "unbind local A; UnboundLocalError if unbound")        \
    X(LOAD_DEREF, 1, "push the content of cell slot A; NameError/UnboundLocalError if empty") \
    X(STORE_DEREF, -1, "pop into cell slot A")                               \
    X(DELETE_DEREF, 0, "empty cell slot A")                                  \
    X(LOAD_CLOSURE, 1, "push the cell object in slot A itself")              \
    X(LOAD_GLOBAL, 1, "push global name A, else builtin; NameError")         \
    X(STORE_GLOBAL, -1, "pop into global name A")                            \
    X(DELETE_GLOBAL, 0, "delete global name A; NameError")                   \
    X(LOAD_NAME, 1, "push name A from frame locals dict, globals, builtins") \
    X(STORE_NAME, -1, "pop into frame locals dict name A")                   \
    X(DELETE_NAME, 0, "delete name A from frame locals dict; NameError")     \
    X(LOAD_ATTR, 0, "[.. o] -> [.. o.name_A]")                               \
    X(STORE_ATTR, -2, "[.. v o] -> [..]: o.name_A = v")                      \
    X(DELETE_ATTR, -1, "[.. o] -> [..]: del o.name_A")                       \
    X(LOAD_METHOD, 1, "[.. o] -> [.. meth o] when name_A is a plain method found on type(o) (function or method descriptor), else [.. o.name_A NULL]") \
    X(CALL, -99, "[.. f self_or_NULL a1..aA] -> [.. result]; when self is not NULL it is passed as the first argument (A+1 args)") \
    X(CALL_KW, -99, "[.. f self_or_NULL a1..aA kwnames] -> [.. result]; kwnames is a tuple of str: the last len(kwnames) of the A arguments are keywords") \
    X(CALL_EX, -99, "A=0: [.. f NULL args_tuple] A=1: [.. f NULL args_tuple kwargs_dict] -> [.. result]") \
    X(UNARY_NEG, 0, "")                                                      \
    X(UNARY_POS, 0, "")                                                      \
    X(UNARY_NOT, 0, "")                                                      \
    X(UNARY_INVERT, 0, "")                                                   \
    X(BINARY_OP, -1, "[.. a b] -> [.. a OP b]; A is a BinOp, >= BINOP_INPLACE for augmented assignment") \
    X(COMPARE_OP, -1, "[.. a b] -> [.. a CMP b]; A is a CmpOp")             \
    X(IS_OP, -1, "[.. a b] -> [.. a is b] (A=1: is not)")                    \
    X(CONTAINS_OP, -1, "[.. a b] -> [.. a in b] (A=1: not in)")              \
    X(BINARY_SUBSCR, -1, "[.. o k] -> [.. o[k]]")                            \
    X(STORE_SUBSCR, -3, "[.. v o k] -> [..]: o[k] = v")                      \
    X(DELETE_SUBSCR, -2, "[.. o k] -> [..]: del o[k]")                       \
    X(BUILD_SLICE, -99, "A=2: [.. lo hi] A=3: [.. lo hi step] -> [.. slice]") \
    X(BUILD_TUPLE, -99, "pop A items into a tuple")                          \
    X(BUILD_LIST, -99, "pop A items into a list")                            \
    X(BUILD_SET, -99, "pop A items into a set")                              \
    X(BUILD_MAP, -99, "pop A key/value pairs (2A items) into a dict")        \
    X(BUILD_STRING, -99, "concatenate the A strs on top")                    \
    X(LIST_APPEND, -1, "pop v; append to the list A items down (A=1: the new TOS)") \
    X(SET_ADD, -1, "pop v; add to the set A items down")                     \
    X(MAP_ADD, -2, "pop k v (v on top); set in the dict A items down")       \
    X(LIST_EXTEND, -1, "pop an iterable; extend the list A items down")      \
    X(SET_UPDATE, -1, "pop an iterable; update the set A items down")        \
    X(DICT_UPDATE, -1, "pop a mapping; update the dict A items down ({**m}); TypeError \"'int' object is not a mapping\"") \
    X(DICT_MERGE, -1, "as DICT_UPDATE for f(**m): TypeError on a duplicate key \"f() got multiple values for keyword argument 'k'\" (the callable is 2 below the dict)") \
    X(LIST_TO_TUPLE, 0, "[.. list] -> [.. tuple]")                           \
    X(FORMAT_VALUE, -99, "f-string field: A&3: 0 none, 1 !s, 2 !r, 3 !a; A&4: a format spec str is on top of the value. [.. v (spec)] -> [.. str]") \
    X(JUMP, 0, "jump to A")                                                  \
    X(POP_JUMP_IF_FALSE, -1, "pop; jump to A if falsy")                      \
    X(POP_JUMP_IF_TRUE, -1, "pop; jump to A if truthy")                      \
    X(POP_JUMP_IF_NONE, -1, "pop; jump to A if None")                        \
    X(POP_JUMP_IF_NOT_NONE, -1, "pop; jump to A if not None")                \
    X(JUMP_IF_FALSE_OR_POP, -99, "if TOS falsy jump to A keeping it, else pop") \
    X(JUMP_IF_TRUE_OR_POP, -99, "if TOS truthy jump to A keeping it, else pop") \
    X(GET_ITER, 0, "[.. o] -> [.. iter(o)]")                                 \
    X(FOR_ITER, -99, "[.. it] -> [.. it next] or, when exhausted, pop it and jump to A") \
    X(UNPACK_SEQUENCE, -99, "[.. seq] -> [.. vA .. v1] (v1 on top); ValueError \"too many values to unpack (expected A)\" / \"not enough values to unpack (expected A, got n)\"") \
    X(UNPACK_EX, -99, "a, *b, c: A = before | after << 8; pushes after items, the list, then before items (first on top)") \
    X(RETURN_VALUE, -1, "return TOS to the caller")                          \
    X(MAKE_FUNCTION, -99, "[.. (closure) (annotations) (kwdefaults) (defaults) code] -> [.. function]; A&1 defaults tuple, A&2 kwdefaults dict, A&4 annotations dict, A&8 closure tuple of cells; each present item is pushed in that order (closure deepest)") \
    X(RAISE_VARARGS, -99, "A=0: re-raise S->exc_info (RuntimeError \"No active exception to reraise\"); A=1: raise TOS; A=2: [.. exc cause] raise exc from cause") \
    X(PUSH_EXC_INFO, 1, "[.. exc] -> [.. prev_exc_info exc]; S->exc_info = exc") \
    X(POP_EXCEPT, -1, "[.. prev] -> [..]; S->exc_info = prev")               \
    X(RERAISE, -1, "pop exc and re-raise it without adding a traceback entry; A=1: first pop lasti too, set the frame's pc to it (the exception table's lasti slot sits below exc)") \
    X(CHECK_EXC_MATCH, 0, "[.. exc type] -> [.. exc bool]: isinstance(exc, type); type may be a tuple; TypeError \"catching classes that do not inherit from BaseException is not allowed\"") \
    X(LOAD_ASSERTION_ERROR, 1, "push AssertionError")                        \
    X(LOAD_BUILD_CLASS, 1, "push builtins.__build_class__ (issue 3)")       \
    X(IMPORT_NAME, -1, "[.. level fromlist] -> [.. module]; name A (issue 3)") \
    X(IMPORT_FROM, 1, "[.. module] -> [.. module module.name_A] (issue 3)")  \
    X(IMPORT_STAR, -1, "[.. module] -> [..] (issue 3)")                      \
    X(BEFORE_WITH, 1, "[.. mgr] -> [.. bound_exit enter_result] (issue 3)")  \
    X(WITH_EXCEPT_START, 1, "[.. exit lasti prev exc] -> [.. exit lasti prev exc res]: res = exit(type, exc, tb) (issue 3)") \
    X(YIELD_VALUE, 0, "[.. v] -> suspend, giving v to the resumer; resumed: [.. sent]. A=1: an async generator's own yield (CPython's ASYNC_GEN_WRAP): v completes the __anext__()/asend() awaited") \
    X(GET_AWAITABLE, 0, "[.. o] -> [.. awaitable(o)]; A: 0 await, 1 __aenter__, 2 __aexit__ (for the error message)") \
    X(SEND, 0, "[.. recv v] -> send v into recv: it yielded [.. recv y] (YIELD_VALUE follows), or returned: [.. result], jump to A") \
    X(RETURN_GENERATOR, 0, "first instruction of a generator: the call returns a generator owning this frame") \
    X(GET_YIELD_FROM_ITER, 0, "[.. o] -> [.. iter(o)] for yield from")      \
    X(GET_AITER, 0, "[.. o] -> [.. o.__aiter__()]; TypeError \"'async for' requires an object with __aiter__ method, got int\"") \
    X(GET_ANEXT, 1, "[.. aiter] -> [.. aiter awaitable(aiter.__anext__())]") \
    X(END_ASYNC_FOR, -2, "[.. aiter exc] -> [..] when exc is a StopAsyncIteration, else re-raise exc") \
    X(POP_AITER, -1, "[.. aiter] -> [..]: an async for left early drops its iterator; an async generator nothing else holds is finalized now") \
    X(SETUP_ANNOTATIONS, 0, "create __annotations__ in the locals dict")    \
    X(DICT_SET_ITEM_NAME, 0, "unused")

typedef enum {
#define X(name, effect, doc) OP_##name,
    OPCODE_LIST(X)
#undef X
    OP__COUNT
} Opcode;

#define INSTR_OP(w) ((w)&0xffu)
#define INSTR_ARG(w) ((w) >> 8)
#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_MAX_ARG 0xffffffu

#endif
