/* The grammar of aw: Python 3.11 without match, except* and type (lemon
 * input). Edit grammar.y, not the generated grammar.c. lang/parser.c feeds
 * the tokens (blocks are NEWLINE INDENT stmts DEDENT) and every action is
 * one call into the AST builders of lang/ast.c. */

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "lang/lexer.h"
}

%name awparser
%token_prefix AW_TK_
%token_type {Token}
%default_type {Node *}
%extra_context {ParseCtx *ctx}
%stack_size 0

%syntax_error {
    awparse_syntax_error(ctx, yypParser, yymajor, &yyminor);
}

/* Values need no cleanup (the arena owns them); this only keeps the
 * generated destructor from warning about an unused context. */
%default_destructor { (void)ctx; }

%stack_overflow {
    awparse_nomem(ctx);
}

/* Binary operators of the bitwise_or level and below, lowest first. */
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH PERCENT DOUBLESLASH AT.

/* Tokens the lexer makes that no rule accepts, and the pump's own. */
%token ERRORTOKEN START_FILE START_EVAL START_FSTRING WITHLPAR.

%type stmts {NodeList}
%type stmt {NodeList}
%type simple_stmts {NodeList}
%type block {NodeList}
%type assign_chain {NodeList}
%type names {NodeList}
%type dotted_as_names {NodeList}
%type import_names {NodeList}
%type dots {int}
%type augop {Token}
%type if_chain {IfChain}
%type handlers {NodeList}
%type with_items {NodeList}
%type decorators {NodeList}
%type params {NodeList}
%type plist {NodeList}
%type lparams {NodeList}
%type lplist {NodeList}
%type sxlist {NodeList}
%type tlist {NodeList}
%type ttlist {NodeList}
%type elems {NodeList}
%type elems2 {NodeList}
%type orlist {NodeList}
%type andlist {NodeList}
%type cmpop {int}
%type arglist {NodeList}
%type args {NodeList}
%type slicelist {NodeList}
%type dict_items {NodeList}
%type comp_for {NodeList}
%type strings {NodeList}

input ::= START_FILE file.
input ::= START_EVAL eval_input.
input ::= START_FSTRING fstring_input.

file ::= . { awast_module(ctx, NULL); }
file ::= stmts(A). { awast_module(ctx, &A); }

eval_input ::= testlist(A). { awast_result(ctx, A); }
eval_input ::= testlist(A) NEWLINE. { awast_result(ctx, A); }

fstring_input ::= star_exprs(A). { awast_result(ctx, A); }
fstring_input ::= star_exprs(A) NEWLINE. { awast_result(ctx, A); }

/* ---- statements ---- */

stmts(A) ::= stmt(A).
stmts(A) ::= stmts(A) stmt(B). { awast_seq_extend(ctx, &A, &B); }

stmt(A) ::= simple_stmts(A) NEWLINE.
stmt(A) ::= simple_stmts(A) SEMI(S) NEWLINE. { awast_semi(ctx, &A, &S); }
stmt(A) ::= compound_stmt(B). { A = awast_seq1(ctx, B); }

simple_stmts(A) ::= small_stmt(B). { A = awast_seq1(ctx, B); }
simple_stmts(A) ::= simple_stmts(A) SEMI small_stmt(B).
    { awast_seq_add(ctx, &A, B); }

small_stmt(A) ::= star_exprs(B). { A = awast_expr_stmt(ctx, B); }
small_stmt(A) ::= yield_expr(B). { A = awast_expr_stmt(ctx, B); }
small_stmt(A) ::= assign_chain(B). { A = awast_assign(ctx, &B); }
small_stmt(A) ::= star_exprs(T) COLON test(B).
    { A = awast_annassign(ctx, T, B, NULL); }
small_stmt(A) ::= star_exprs(T) COLON test(B) EQUAL rhs(C).
    { A = awast_annassign(ctx, T, B, C); }
small_stmt(A) ::= star_exprs(T) augop(O) rhs(C).
    { A = awast_augassign(ctx, T, &O, C); }
small_stmt(A) ::= DEL(K) star_exprs(B). { A = awast_del(ctx, &K, B); }
small_stmt(A) ::= PASS(K). { A = awast_simple_stmt(ctx, N_PASS, &K); }
small_stmt(A) ::= BREAK(K). { A = awast_simple_stmt(ctx, N_BREAK, &K); }
small_stmt(A) ::= CONTINUE(K).
    { A = awast_simple_stmt(ctx, N_CONTINUE, &K); }
small_stmt(A) ::= RETURN(K). { A = awast_return(ctx, &K, NULL); }
small_stmt(A) ::= RETURN(K) star_exprs(B). { A = awast_return(ctx, &K, B); }
small_stmt(A) ::= RAISE(K). { A = awast_raise(ctx, &K, NULL, NULL); }
small_stmt(A) ::= RAISE(K) test(B). { A = awast_raise(ctx, &K, B, NULL); }
small_stmt(A) ::= RAISE(K) test(B) FROM test(C).
    { A = awast_raise(ctx, &K, B, C); }
small_stmt(A) ::= GLOBAL(K) names(B).
    { A = awast_names_stmt(ctx, N_GLOBAL, &K, &B); }
small_stmt(A) ::= NONLOCAL(K) names(B).
    { A = awast_names_stmt(ctx, N_NONLOCAL, &K, &B); }
small_stmt(A) ::= ASSERT(K) test(B). { A = awast_assert(ctx, &K, B, NULL); }
small_stmt(A) ::= ASSERT(K) test(B) COMMA test(C).
    { A = awast_assert(ctx, &K, B, C); }
small_stmt(A) ::= IMPORT(K) dotted_as_names(B).
    { A = awast_import(ctx, &K, &B); }
small_stmt(A) ::= FROM(K) dotted_name(M) IMPORT import_targets(T).
    { A = awast_importfrom(ctx, &K, 0, M, T); }
small_stmt(A) ::= FROM(K) dots(D) dotted_name(M) IMPORT import_targets(T).
    { A = awast_importfrom(ctx, &K, D, M, T); }
small_stmt(A) ::= FROM(K) dots(D) IMPORT import_targets(T).
    { A = awast_importfrom(ctx, &K, D, NULL, T); }

assign_chain(A) ::= star_exprs(B) EQUAL rhs(C).
    { A = awast_chain(ctx, NULL, B, C); }
assign_chain(A) ::= yield_target(B) rhs(C).
    { A = awast_chain(ctx, NULL, B, C); }
/* rejected at once: CPython's invalid_assignment reports it at the '=' */
yield_target(A) ::= yield_expr(B) EQUAL. { A = awast_yield_target(ctx, B); }
assign_chain(A) ::= assign_chain(B) EQUAL rhs(C).
    { A = awast_chain(ctx, &B, NULL, C); }

rhs(A) ::= star_exprs(A).
rhs(A) ::= yield_expr(A).

augop(A) ::= PLUSEQUAL(A).
augop(A) ::= MINEQUAL(A).
augop(A) ::= STAREQUAL(A).
augop(A) ::= ATEQUAL(A).
augop(A) ::= SLASHEQUAL(A).
augop(A) ::= PERCENTEQUAL(A).
augop(A) ::= AMPEREQUAL(A).
augop(A) ::= VBAREQUAL(A).
augop(A) ::= CIRCUMFLEXEQUAL(A).
augop(A) ::= LEFTSHIFTEQUAL(A).
augop(A) ::= RIGHTSHIFTEQUAL(A).
augop(A) ::= DOUBLESTAREQUAL(A).
augop(A) ::= DOUBLESLASHEQUAL(A).

names(A) ::= name(B). { A = awast_seq1(ctx, B); }
names(A) ::= names(A) COMMA name(B). { awast_seq_add(ctx, &A, B); }
name(A) ::= NAME(B). { A = awast_name(ctx, &B); }

dotted_as_names(A) ::= dotted_as_name(B). { A = awast_seq1(ctx, B); }
dotted_as_names(A) ::= dotted_as_names(A) COMMA dotted_as_name(B).
    { awast_seq_add(ctx, &A, B); }
dotted_as_name(A) ::= dotted_name(B). { A = awast_alias(ctx, B, NULL); }
dotted_as_name(A) ::= dotted_name(B) AS NAME(C).
    { A = awast_alias(ctx, B, &C); }
dotted_name(A) ::= NAME(B). { A = awast_dotted(ctx, NULL, &B); }
dotted_name(A) ::= dotted_name(B) DOT NAME(C). { A = awast_dotted(ctx, B, &C); }

dots(A) ::= DOT. { A = 1; }
dots(A) ::= ELLIPSIS. { A = 3; }
dots(A) ::= dots(B) DOT. { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS. { A = B + 3; }

import_targets(A) ::= STAR(S). { A = awast_import_star(ctx, &S); }
import_targets(A) ::= import_names(B).
    { A = awast_import_targets(ctx, &B, NULL); }
import_targets(A) ::= import_names COMMA.
    { A = awast_import_trailing_comma(ctx); }
import_targets(A) ::= LPAR import_names(B) RPAR(R).
    { A = awast_import_targets(ctx, &B, &R); }
import_targets(A) ::= LPAR import_names(B) COMMA RPAR(R).
    { A = awast_import_targets(ctx, &B, &R); }
import_names(A) ::= import_name(B). { A = awast_seq1(ctx, B); }
import_names(A) ::= import_names(A) COMMA import_name(B).
    { awast_seq_add(ctx, &A, B); }
import_name(A) ::= NAME(B). { A = awast_import_name(ctx, &B, NULL); }
import_name(A) ::= NAME(B) AS NAME(C). { A = awast_import_name(ctx, &B, &C); }

/* ---- compound statements ---- */

compound_stmt(A) ::= if_stmt(A).
compound_stmt(A) ::= while_stmt(A).
compound_stmt(A) ::= for_stmt(A).
compound_stmt(A) ::= try_stmt(A).
compound_stmt(A) ::= with_stmt(A).
compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= decorated(A).
compound_stmt(A) ::= async_funcdef(A).
compound_stmt(A) ::= ASYNC(K) for_stmt(B). { A = awast_async(ctx, &K, B); }
compound_stmt(A) ::= ASYNC(K) with_stmt(B). { A = awast_async(ctx, &K, B); }

block(A) ::= simple_stmts(A) NEWLINE.
block(A) ::= simple_stmts(A) SEMI(S) NEWLINE. { awast_semi(ctx, &A, &S); }
block(A) ::= NEWLINE INDENT stmts(B) DEDENT. { A = B; }

if_chain(A) ::= IF(K) namedexpr(T) COLON block(B).
    { A = awast_if(ctx, &K, T, &B); }
if_chain(A) ::= if_chain(A) ELIF(K) namedexpr(T) COLON block(B).
    { awast_elif(ctx, &A, &K, T, &B); }
if_stmt(A) ::= if_chain(B). { A = awast_if_end(ctx, &B, NULL); }
if_stmt(A) ::= if_chain(B) ELSE COLON block(C).
    { A = awast_if_end(ctx, &B, &C); }

while_stmt(A) ::= WHILE(K) namedexpr(T) COLON block(B).
    { A = awast_while(ctx, &K, T, &B, NULL); }
while_stmt(A) ::= WHILE(K) namedexpr(T) COLON block(B) ELSE COLON block(C).
    { A = awast_while(ctx, &K, T, &B, &C); }

for_stmt(A) ::= FOR(K) targets(T) IN star_exprs(I) COLON block(B).
    { A = awast_for(ctx, &K, T, I, &B, NULL); }
for_stmt(A) ::= FOR(K) targets(T) IN star_exprs(I) COLON block(B)
                ELSE COLON block(C).
    { A = awast_for(ctx, &K, T, I, &B, &C); }

try_stmt(A) ::= TRY(K) COLON block(B) handlers(H).
    { A = awast_try(ctx, &K, &B, &H, NULL, NULL); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) ELSE COLON block(E).
    { A = awast_try(ctx, &K, &B, &H, &E, NULL); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) FINALLY COLON block(F).
    { A = awast_try(ctx, &K, &B, &H, NULL, &F); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) ELSE COLON block(E)
                FINALLY COLON block(F).
    { A = awast_try(ctx, &K, &B, &H, &E, &F); }
try_stmt(A) ::= TRY(K) COLON block(B) FINALLY COLON block(F).
    { A = awast_try(ctx, &K, &B, NULL, NULL, &F); }

handlers(A) ::= handler(B). { A = awast_seq1(ctx, B); }
handlers(A) ::= handlers(A) handler(B). { awast_seq_add(ctx, &A, B); }
handler(A) ::= EXCEPT(K) COLON block(B).
    { A = awast_except(ctx, &K, NULL, NULL, &B); }
handler(A) ::= EXCEPT(K) test(T) COLON block(B).
    { A = awast_except(ctx, &K, T, NULL, &B); }
handler(A) ::= EXCEPT(K) test(T) AS NAME(N) COLON block(B).
    { A = awast_except(ctx, &K, T, &N, &B); }
handler(A) ::= EXCEPT test(T) COMMA testlist COLON.
    { A = awast_except_tuple(ctx, T); }
handler(A) ::= EXCEPT test(T) COMMA testlist AS NAME COLON.
    { A = awast_except_tuple(ctx, T); }

with_stmt(A) ::= WITH(K) with_items(I) COLON block(B).
    { A = awast_with(ctx, &K, &I, &B); }
with_stmt(A) ::= WITH(K) WITHLPAR with_items(I) RPAR COLON block(B).
    { A = awast_with(ctx, &K, &I, &B); }
with_stmt(A) ::= WITH(K) WITHLPAR with_items(I) COMMA RPAR COLON block(B).
    { A = awast_with(ctx, &K, &I, &B); }
with_items(A) ::= with_item(B). { A = awast_seq1(ctx, B); }
with_items(A) ::= with_items(A) COMMA with_item(B).
    { awast_seq_add(ctx, &A, B); }
with_item(A) ::= test(B). { A = awast_withitem(ctx, B, NULL); }
with_item(A) ::= test(B) AS expr(C). { A = awast_withitem(ctx, B, C); }

funcdef(A) ::= DEF(K) NAME(N) fargs(P) COLON block(B).
    { A = awast_funcdef(ctx, &K, &N, P, NULL, &B); }
funcdef(A) ::= DEF(K) NAME(N) fargs(P) RARROW test(R) COLON block(B).
    { A = awast_funcdef(ctx, &K, &N, P, R, &B); }
async_funcdef(A) ::= ASYNC(K) funcdef(B). { A = awast_async(ctx, &K, B); }

classdef(A) ::= CLASS(K) NAME(N) COLON block(B).
    { A = awast_classdef(ctx, &K, &N, NULL, &B); }
classdef(A) ::= CLASS(K) NAME(N) class_args(C) COLON block(B).
    { A = awast_classdef(ctx, &K, &N, C, &B); }
class_args(A) ::= LPAR RPAR(R). { A = awast_class_args(ctx, NULL, &R); }
class_args(A) ::= LPAR arglist(L) RPAR(R).
    { A = awast_class_args(ctx, &L, &R); }

decorated(A) ::= decorators(D) funcdef(B). { A = awast_decorated(ctx, &D, B); }
decorated(A) ::= decorators(D) async_funcdef(B).
    { A = awast_decorated(ctx, &D, B); }
decorated(A) ::= decorators(D) classdef(B). { A = awast_decorated(ctx, &D, B); }
decorators(A) ::= decorator(B). { A = awast_seq1(ctx, B); }
decorators(A) ::= decorators(A) decorator(B). { awast_seq_add(ctx, &A, B); }
decorator(A) ::= AT namedexpr(B) NEWLINE. { A = B; }

/* ---- parameters: any order here, awast_arguments checks it ---- */

/* checked once complete (at ')' or ':'), as CPython's rules need those */
fargs(A) ::= LPAR params(P) RPAR(R).
    { A = awast_arguments(ctx, &P, &R, false); }
lambda_head(A) ::= LAMBDA(K) COLON(C).
    { A = awast_lambda_head(ctx, &K, NULL, &C); }
lambda_head(A) ::= LAMBDA(K) lparams(P) COLON(C).
    { A = awast_lambda_head(ctx, &K, &P, &C); }

params(A) ::= . { A = awast_seq0(); }
params(A) ::= plist(A).
params(A) ::= plist(A) COMMA.
plist(A) ::= param(B). { A = awast_seq1(ctx, B); }
plist(A) ::= plist(A) COMMA param(B). { awast_seq_add(ctx, &A, B); }

param(A) ::= NAME(N).
    { A = awast_param(ctx, PARAM_PLAIN, &N, &N, NULL, NULL); }
param(A) ::= NAME(N) COLON test(T).
    { A = awast_param(ctx, PARAM_PLAIN, &N, &N, T, NULL); }
param(A) ::= NAME(N) EQUAL test(D).
    { A = awast_param(ctx, PARAM_PLAIN, &N, &N, NULL, D); }
param(A) ::= NAME(N) COLON test(T) EQUAL test(D).
    { A = awast_param(ctx, PARAM_PLAIN, &N, &N, T, D); }
param(A) ::= STAR(S).
    { A = awast_param(ctx, PARAM_BARE_STAR, &S, NULL, NULL, NULL); }
param(A) ::= STAR(S) NAME(N).
    { A = awast_param(ctx, PARAM_STAR, &S, &N, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) COLON test(T).
    { A = awast_param(ctx, PARAM_STAR, &S, &N, T, NULL); }
param(A) ::= STAR(S) NAME(N) COLON star_annotation(T).
    { A = awast_param(ctx, PARAM_STAR, &S, &N, T, NULL); }
param(A) ::= STAR NAME EQUAL(E).
    { A = awast_param_default_error(ctx, PARAM_STAR, &E); }
param(A) ::= STAR NAME COLON test EQUAL(E).
    { A = awast_param_default_error(ctx, PARAM_STAR, &E); }
param(A) ::= DOUBLESTAR(S) NAME(N).
    { A = awast_param(ctx, PARAM_DSTAR, &S, &N, NULL, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(T).
    { A = awast_param(ctx, PARAM_DSTAR, &S, &N, T, NULL); }
param(A) ::= DOUBLESTAR NAME EQUAL(E).
    { A = awast_param_default_error(ctx, PARAM_DSTAR, &E); }
param(A) ::= DOUBLESTAR NAME COLON test EQUAL(E).
    { A = awast_param_default_error(ctx, PARAM_DSTAR, &E); }
param(A) ::= SLASH(S).
    { A = awast_param(ctx, PARAM_SLASH, &S, NULL, NULL, NULL); }
star_annotation(A) ::= STAR(S) expr(B). { A = awast_starred(ctx, &S, B); }

lparams(A) ::= lplist(A).
lparams(A) ::= lplist(A) COMMA.
lplist(A) ::= lparam(B). { A = awast_seq1(ctx, B); }
lplist(A) ::= lplist(A) COMMA lparam(B). { awast_seq_add(ctx, &A, B); }
lparam(A) ::= NAME(N).
    { A = awast_param(ctx, PARAM_PLAIN, &N, &N, NULL, NULL); }
lparam(A) ::= NAME(N) EQUAL test(D).
    { A = awast_param(ctx, PARAM_PLAIN, &N, &N, NULL, D); }
lparam(A) ::= STAR(S).
    { A = awast_param(ctx, PARAM_BARE_STAR, &S, NULL, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N).
    { A = awast_param(ctx, PARAM_STAR, &S, &N, NULL, NULL); }
lparam(A) ::= STAR NAME EQUAL(E).
    { A = awast_param_default_error(ctx, PARAM_STAR, &E); }
lparam(A) ::= DOUBLESTAR(S) NAME(N).
    { A = awast_param(ctx, PARAM_DSTAR, &S, &N, NULL, NULL); }
lparam(A) ::= DOUBLESTAR NAME EQUAL(E).
    { A = awast_param_default_error(ctx, PARAM_DSTAR, &E); }
lparam(A) ::= SLASH(S).
    { A = awast_param(ctx, PARAM_SLASH, &S, NULL, NULL, NULL); }

/* ---- expression lists ---- */

star_exprs(A) ::= star_expr(A).
star_exprs(A) ::= star_expr(B) COMMA(C). { A = awast_tuple1(ctx, B, &C); }
star_exprs(A) ::= sxlist(B). { A = awast_tuple(ctx, &B, NULL); }
star_exprs(A) ::= sxlist(B) COMMA(C). { A = awast_tuple(ctx, &B, &C); }
sxlist(A) ::= star_expr(B) COMMA star_expr(C). { A = awast_seq2(ctx, B, C); }
sxlist(A) ::= sxlist(A) COMMA star_expr(C). { awast_seq_add(ctx, &A, C); }
star_expr(A) ::= test(A).
star_expr(A) ::= STAR(S) expr(B). { A = awast_starred(ctx, &S, B); }

testlist(A) ::= test(A).
testlist(A) ::= test(B) COMMA(C). { A = awast_tuple1(ctx, B, &C); }
testlist(A) ::= tlist(B). { A = awast_tuple(ctx, &B, NULL); }
testlist(A) ::= tlist(B) COMMA(C). { A = awast_tuple(ctx, &B, &C); }
tlist(A) ::= test(B) COMMA test(C). { A = awast_seq2(ctx, B, C); }
tlist(A) ::= tlist(A) COMMA test(C). { awast_seq_add(ctx, &A, C); }

/* targets of for and comprehensions: no comparisons, so 'in' ends them */
targets(A) ::= texpr(A).
targets(A) ::= texpr(B) COMMA(C). { A = awast_tuple1(ctx, B, &C); }
targets(A) ::= ttlist(B). { A = awast_tuple(ctx, &B, NULL); }
targets(A) ::= ttlist(B) COMMA(C). { A = awast_tuple(ctx, &B, &C); }
ttlist(A) ::= texpr(B) COMMA texpr(C). { A = awast_seq2(ctx, B, C); }
ttlist(A) ::= ttlist(A) COMMA texpr(C). { awast_seq_add(ctx, &A, C); }
texpr(A) ::= expr(A).
texpr(A) ::= STAR(S) expr(B). { A = awast_starred(ctx, &S, B); }

star_named(A) ::= namedexpr(A).
star_named(A) ::= STAR(S) expr(B). { A = awast_starred(ctx, &S, B); }
elems(A) ::= star_named(B). { A = awast_seq1(ctx, B); }
elems(A) ::= elems(A) COMMA star_named(B). { awast_seq_add(ctx, &A, B); }
elems2(A) ::= star_named(B) COMMA star_named(C). { A = awast_seq2(ctx, B, C); }
elems2(A) ::= elems2(A) COMMA star_named(B). { awast_seq_add(ctx, &A, B); }

/* ---- expressions ---- */

yield_expr(A) ::= YIELD(K). { A = awast_yield(ctx, &K, NULL); }
yield_expr(A) ::= YIELD(K) star_exprs(B). { A = awast_yield(ctx, &K, B); }
yield_expr(A) ::= YIELD(K) FROM test(B). { A = awast_yieldfrom(ctx, &K, B); }

namedexpr(A) ::= test(A).
namedexpr(A) ::= test(B) COLONEQUAL test(C). { A = awast_namedexpr(ctx, B, C); }

test(A) ::= or_test(A).
test(A) ::= or_test(B) IF or_test(C) ELSE test(D).
    { A = awast_ifexp(ctx, B, C, D); }
test(A) ::= or_test(B) IF or_test(C). { A = awast_ifexp_noelse(ctx, B, C); }
test(A) ::= lambda_head(H) test(B). { A = awast_lambda(ctx, H, B); }

or_test(A) ::= and_test(A).
or_test(A) ::= orlist(B). { A = awast_boolop(ctx, 1, &B); }
orlist(A) ::= and_test(B) OR and_test(C). { A = awast_seq2(ctx, B, C); }
orlist(A) ::= orlist(A) OR and_test(C). { awast_seq_add(ctx, &A, C); }
and_test(A) ::= not_test(A).
and_test(A) ::= andlist(B). { A = awast_boolop(ctx, 0, &B); }
andlist(A) ::= not_test(B) AND not_test(C). { A = awast_seq2(ctx, B, C); }
andlist(A) ::= andlist(A) AND not_test(C). { awast_seq_add(ctx, &A, C); }
not_test(A) ::= NOT(K) not_test(B). { A = awast_unary(ctx, &K, B); }
not_test(A) ::= comparison(A).

comparison(A) ::= expr(A).
comparison(A) ::= cmplist(A).
cmplist(A) ::= expr(B) cmpop(O) expr(C). { A = awast_compare(ctx, B, O, C); }
cmplist(A) ::= cmplist(A) cmpop(O) expr(C). { awast_compare_add(ctx, A, O, C); }
cmpop(A) ::= LESS. { A = CMPK_LT; }
cmpop(A) ::= LESSEQUAL. { A = CMPK_LE; }
cmpop(A) ::= EQEQUAL. { A = CMPK_EQ; }
cmpop(A) ::= NOTEQUAL. { A = CMPK_NE; }
cmpop(A) ::= GREATER. { A = CMPK_GT; }
cmpop(A) ::= GREATEREQUAL. { A = CMPK_GE; }
cmpop(A) ::= IN. { A = CMPK_IN; }
cmpop(A) ::= NOT IN. { A = CMPK_NOT_IN; }
cmpop(A) ::= IS. { A = CMPK_IS; }
cmpop(A) ::= IS NOT. { A = CMPK_IS_NOT; }

expr(A) ::= expr(B) VBAR(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) CIRCUMFLEX(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) AMPER(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) LEFTSHIFT(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) RIGHTSHIFT(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) PLUS(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) MINUS(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) STAR(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) SLASH(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) PERCENT(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) DOUBLESLASH(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= expr(B) AT(O) expr(C). { A = awast_binop(ctx, B, &O, C); }
expr(A) ::= factor(A).

factor(A) ::= PLUS(K) factor(B). { A = awast_unary(ctx, &K, B); }
factor(A) ::= MINUS(K) factor(B). { A = awast_unary(ctx, &K, B); }
factor(A) ::= TILDE(K) factor(B). { A = awast_unary(ctx, &K, B); }
factor(A) ::= power(A).
power(A) ::= await_primary(A).
power(A) ::= await_primary(B) DOUBLESTAR(O) factor(C).
    { A = awast_binop(ctx, B, &O, C); }
await_primary(A) ::= AWAIT(K) primary(B). { A = awast_await(ctx, &K, B); }
await_primary(A) ::= primary(A).

primary(A) ::= atom(A).
primary(A) ::= primary(B) DOT NAME(N). { A = awast_attribute(ctx, B, &N); }
primary(A) ::= primary(B) LPAR(L) RPAR(R).
    { A = awast_call(ctx, B, &L, NULL, &R); }
primary(A) ::= primary(B) LPAR(L) arglist(G) RPAR(R).
    { A = awast_call(ctx, B, &L, &G, &R); }
primary(A) ::= primary(B) LSQB subscript(S) RSQB(R).
    { A = awast_subscript(ctx, B, S, &R); }

arglist(A) ::= args(A).
arglist(A) ::= args(B) COMMA. { A = awast_args_trailing(ctx, &B); }
args(A) ::= arg(B). { A = awast_seq1(ctx, B); }
args(A) ::= args(A) COMMA arg(B). { awast_seq_add(ctx, &A, B); }
arg(A) ::= test(A).
arg(A) ::= test(B) COLONEQUAL test(C). { A = awast_namedexpr(ctx, B, C); }
arg(A) ::= test(B) comp_for(C).
    { A = awast_comp(ctx, N_GENEXP, NULL, B, NULL, &C, NULL); }
arg(A) ::= test(B) EQUAL(E) test(C). { A = awast_kwarg(ctx, B, &E, C); }
arg(A) ::= test(B) EQUAL(E) test comp_for.
    { A = awast_kwarg_genexp(ctx, B, &E); }
arg(A) ::= STAR(S) test(B). { A = awast_starred(ctx, &S, B); }
arg(A) ::= DOUBLESTAR(S) test(B). { A = awast_dstar_arg(ctx, &S, B); }

subscript(A) ::= slice(A).
subscript(A) ::= slice(B) COMMA(C). { A = awast_tuple1(ctx, B, &C); }
subscript(A) ::= slicelist(B). { A = awast_tuple(ctx, &B, NULL); }
subscript(A) ::= slicelist(B) COMMA(C). { A = awast_tuple(ctx, &B, &C); }
slicelist(A) ::= slice(B) COMMA slice(C). { A = awast_seq2(ctx, B, C); }
slicelist(A) ::= slicelist(A) COMMA slice(C). { awast_seq_add(ctx, &A, C); }
slice(A) ::= namedexpr(A).
slice(A) ::= STAR(S) test(B). { A = awast_starred(ctx, &S, B); }
slice(A) ::= sl_opt(L) COLON(C) sl_opt(U).
    { A = awast_slice(ctx, L, &C, U, NULL, NULL); }
slice(A) ::= sl_opt(L) COLON(C) sl_opt(U) COLON(D) sl_opt(S).
    { A = awast_slice(ctx, L, &C, U, &D, S); }
sl_opt(A) ::= . { A = NULL; }
sl_opt(A) ::= test(A).

/* ---- atoms ---- */

atom(A) ::= NAME(N). { A = awast_name(ctx, &N); }
atom(A) ::= NUMBER(N). { A = awast_number(ctx, &N); }
atom(A) ::= strings(S). { A = awparse_strings(ctx, &S); }
atom(A) ::= NONE(K). { A = awast_keyword_const(ctx, &K); }
atom(A) ::= TRUE(K). { A = awast_keyword_const(ctx, &K); }
atom(A) ::= FALSE(K). { A = awast_keyword_const(ctx, &K); }
atom(A) ::= ELLIPSIS(K). { A = awast_keyword_const(ctx, &K); }

strings(A) ::= STRING(S). { A = awast_seq1(ctx, awast_strtok(ctx, &S)); }
strings(A) ::= strings(A) STRING(S).
    { awast_seq_add(ctx, &A, awast_strtok(ctx, &S)); }

atom(A) ::= LPAR(L) RPAR(R). { A = awast_paren_tuple(ctx, &L, NULL, &R); }
atom(A) ::= LPAR(L) yield_expr(B) RPAR(R). { A = awast_group(ctx, &L, B, &R); }
atom(A) ::= LPAR(L) star_named(B) RPAR(R). { A = awast_group(ctx, &L, B, &R); }
atom(A) ::= LPAR(L) star_named(B) COMMA RPAR(R).
    { A = awast_paren_tuple1(ctx, &L, B, &R); }
atom(A) ::= LPAR(L) elems2(B) RPAR(R).
    { A = awast_paren_tuple(ctx, &L, &B, &R); }
atom(A) ::= LPAR(L) elems2(B) COMMA RPAR(R).
    { A = awast_paren_tuple(ctx, &L, &B, &R); }
atom(A) ::= LPAR(L) star_named(B) comp_for(C) RPAR(R).
    { A = awast_comp(ctx, N_GENEXP, &L, B, NULL, &C, &R); }

atom(A) ::= LSQB(L) RSQB(R). { A = awast_list(ctx, &L, NULL, &R); }
atom(A) ::= LSQB(L) elems(B) RSQB(R). { A = awast_list(ctx, &L, &B, &R); }
atom(A) ::= LSQB(L) elems(B) COMMA RSQB(R). { A = awast_list(ctx, &L, &B, &R); }
atom(A) ::= LSQB(L) star_named(B) comp_for(C) RSQB(R).
    { A = awast_comp(ctx, N_LISTCOMP, &L, B, NULL, &C, &R); }

atom(A) ::= LBRACE(L) RBRACE(R). { A = awast_dict(ctx, &L, NULL, &R); }
atom(A) ::= LBRACE(L) elems(B) RBRACE(R). { A = awast_set(ctx, &L, &B, &R); }
atom(A) ::= LBRACE(L) elems(B) COMMA RBRACE(R).
    { A = awast_set(ctx, &L, &B, &R); }
atom(A) ::= LBRACE(L) star_named(B) comp_for(C) RBRACE(R).
    { A = awast_comp(ctx, N_SETCOMP, &L, B, NULL, &C, &R); }
atom(A) ::= LBRACE(L) dict_items(B) RBRACE(R).
    { A = awast_dict(ctx, &L, &B, &R); }
atom(A) ::= LBRACE(L) dict_items(B) COMMA RBRACE(R).
    { A = awast_dict(ctx, &L, &B, &R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_for(C) RBRACE(R).
    { A = awast_comp(ctx, N_DICTCOMP, &L, K, V, &C, &R); }
dict_items(A) ::= dict_item(B). { A = awast_seq1(ctx, B); }
dict_items(A) ::= dict_items(A) COMMA dict_item(B).
    { awast_seq_add(ctx, &A, B); }
dict_item(A) ::= test(K) COLON test(V). { A = awast_dict_item(ctx, K, V); }
dict_item(A) ::= DOUBLESTAR(S) expr(V). { A = awast_dict_dstar(ctx, &S, V); }

comp_for(A) ::= comp_clause(B). { A = awast_seq1(ctx, B); }
comp_for(A) ::= comp_for(A) comp_clause(B). { awast_seq_add(ctx, &A, B); }
comp_for(A) ::= comp_for(A) IF or_test(B). { awast_comp_if(ctx, &A, B); }
comp_clause(A) ::= FOR(K) targets(T) IN or_test(I).
    { A = awast_comprehension(ctx, NULL, &K, T, I); }
comp_clause(A) ::= ASYNC(S) FOR(K) targets(T) IN or_test(I).
    { A = awast_comprehension(ctx, &S, &K, T, I); }

%code {
/* ------------------------------------------------------------------ */
/* Queries on the parser state, for lang/parser.c's error messages.     */

int awparser_depth(void *p)
{
    yyParser *yy = p;
    return (int)(yy->yytos - yy->yystack);
}

/* Whether the parser would shift token major now: runs the automaton's
 * reductions on a copy of the top of the stack. */
bool awparser_accepts(void *p, int major)
{
    yyParser *yy = p;
    YYACTIONTYPE pushed[64];
    int npushed = 0;
    yyStackEntry *base = yy->yytos;
    YYACTIONTYPE act = base->stateno;
    for (int guard = 0; guard < 10000; guard++) {
        act = yy_find_shift_action((YYCODETYPE)major, act);
        if (act >= YY_MIN_REDUCE) {
            int rule = act - YY_MIN_REDUCE;
            int n = -yyRuleInfoNRhs[rule];
            while (n > 0 && npushed > 0) {
                npushed--;
                n--;
            }
            if (base - n < yy->yystack)
                return false;
            base -= n;
            YYACTIONTYPE from = npushed ? pushed[npushed - 1] : base->stateno;
            if (npushed == 64)
                return false;
            act = yy_find_reduce_action(from, yyRuleInfoLhs[rule]);
            pushed[npushed++] = act;
            continue;
        }
        return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
    }
    return false;
}

int awparser_symbol(void *p, int k)
{
    yyParser *yy = p;
    if (yy->yytos - k <= yy->yystack)
        return -1;
    return yy->yytos[-k].major;
}

/* A read-only copy of the parser's stack, taken before a token that
 * will fail is fed, so that messages can look at the state before the
 * parser's default reductions. NULL when out of memory. */
void *awparser_copy(void *p)
{
    yyParser *src = p;
    size_t n = (size_t)(src->yytos - src->yystack) + 1;
    yyParser *dst = malloc(sizeof *dst);
    if (!dst)
        return NULL;
    *dst = *src;
    dst->yystack = malloc(n * sizeof(yyStackEntry));
    if (!dst->yystack) {
        free(dst);
        return NULL;
    }
    memcpy(dst->yystack, src->yystack, n * sizeof(yyStackEntry));
    dst->yytos = dst->yystack + n - 1;
    dst->yystksz = (int)n;
    return dst;
}

void awparser_free_copy(void *p)
{
    yyParser *yy = p;
    if (yy) {
        free(yy->yystack);
        free(yy);
    }
}

Node *awparser_node(void *p, int k)
{
    yyParser *yy = p;
    Node *n;
    if (yy->yytos - k <= yy->yystack || yy->yytos[-k].major < YYNTOKEN)
        return NULL;
    memcpy(&n, &yy->yytos[-k].minor, sizeof n);
    return n;
}
}
