// SPDX-License-Identifier: MIT
/* Unit tests for kapi_json: export, import, round trips, bad input. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "kapi_json.h"
#include "kapi_test.h"
#include "kapi_util.h"

/* ---- building a spec by hand ------------------------------------------ */

static struct kapi_loc L(unsigned line, unsigned col) {
	struct kapi_loc l = {line, col};

	return l;
}

static void
set_resolved(struct kapi_value *v, const char *text, int64_t num,
	     bool is_unsigned, struct kapi_loc loc)
{
	kapi_value_set_text(v, text, loc);
	kapi_value_set_num(v, num, is_unsigned);
}

static void set_unresolved(struct kapi_value *v, const char *text,
			   struct kapi_loc loc)
{
	kapi_value_set_text(v, text, loc);
}

/* Signal masks and struct specs, with every kind of value. */
static void build_masks_and_structs(struct kapi_spec *s)
{
	struct kapi_signal_mask *m;
	struct kapi_struct_spec *st;
	struct kapi_struct_field *f;
	size_t cap = 0;

	m = KAPI_APPEND(s->signal_masks, s->signal_mask_count,
			s->signal_mask_cap);
	m->name = kapi_xstrdup("stop_signals");
	m->desc = kapi_xstrdup("signals that stop the wait");
	m->signals = kapi_xcalloc(3, sizeof(*m->signals));
	m->signal_count = 3;
	set_resolved(&m->signals[0], "SIGINT", 2, false, L(53, 10));
	set_resolved(&m->signals[1], "15", 15, false, L(53, 18));
	set_unresolved(&m->signals[2], "SIGWEIRD", L(53, 22));
	m->loc = L(53, 4);
	m = KAPI_APPEND(s->signal_masks, s->signal_mask_count,
			s->signal_mask_cap);
	m->name = kapi_xstrdup("none");

	st = KAPI_APPEND(s->struct_specs, s->struct_spec_count,
			 s->struct_spec_cap);
	st->name = kapi_xstrdup("open_how");
	st->desc = kapi_xstrdup("how to open");
	set_resolved(&st->size, "sizeof(struct open_how)", 24, true, L(55, 10));
	set_unresolved(&st->alignment, "__alignof__(u64)", L(55, 30));
	st->loc = L(55, 4);
	f = KAPI_APPEND(st->fields, st->field_count, cap);
	f->name = kapi_xstrdup("flags");
	f->type_name = kapi_xstrdup("u64");
	f->type = KAPI_TYPE_UINT;
	set_resolved(&f->offset, "0", 0, true, L(56, 10));
	set_resolved(&f->size, "8", 8, true, L(56, 14));
	f->flags = KAPI_PARAM_IN | KAPI_PARAM_USER;
	f->constraint = KAPI_CONSTRAINT_MASK;
	set_resolved(&f->mask, "~0ULL", -1, true, L(56, 20));
	f->desc = kapi_xstrdup("O_* flags");
	f->loc = L(56, 4);
	f = KAPI_APPEND(st->fields, st->field_count, cap);
	f->name = kapi_xstrdup("resolve");
	f->type_name = kapi_xstrdup("u64");
	f->type = KAPI_TYPE_ENUM;
	f->constraint = KAPI_CONSTRAINT_ENUM;
	set_resolved(&f->min, "-1", -1, false, L(57, 10));
	set_unresolved(&f->max, "RESOLVE_MAX", L(57, 14));
	f->enum_values = kapi_xstrdup("RESOLVE_NO_XDEV,RESOLVE_BENEATH");
	st = KAPI_APPEND(s->struct_specs, s->struct_spec_count,
			 s->struct_spec_cap);
	st->name = kapi_xstrdup("empty");
}

/* Every model field, with resolved, unresolved, invalid and absent values. */
static struct kapi_spec *build_full(void)
{
	struct kapi_spec *s = kapi_spec_new();
	struct kapi_param *p;
	struct kapi_error *e;
	struct kapi_lock *l;
	struct kapi_signal *g;
	struct kapi_capability *c;
	struct kapi_side_effect *fx;
	struct kapi_state_trans *t;
	struct kapi_constraint *k;
	struct kapi_doc_param *d;

	s->name = kapi_xstrdup("sys_full");
	s->kind = KAPI_KIND_SYSCALL;
	s->description = kapi_xstrdup("Exercise every field");
	s->long_description = kapi_xstrdup("First paragraph.\n\nSecond one "
					   "with \"quotes\" and a \\ slash.");
	s->api_type = kapi_xstrdup("syscall");
	s->since_version = kapi_xstrdup("2.6.27");
	s->examples = kapi_xstrdup("full(1, 2);\n  full(3, 4);");
	s->notes = kapi_xstrdup("- note one\n- note two \xc3\xa9");
	s->contexts =
		KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE | KAPI_CTX_IRQ_DISABLED;
	s->contexts_loc = L(7, 4);
	s->param_count_declared = 5;
	s->param_count_loc = L(8, 4);

	d = KAPI_APPEND(s->doc_params, s->doc_param_count, s->doc_param_cap);
	d->name = kapi_xstrdup("fd");
	d->desc = kapi_xstrdup("descriptor");
	d->loc = L(3, 4);
	d = KAPI_APPEND(s->doc_params, s->doc_param_count, s->doc_param_cap);
	d->name = kapi_xstrdup("buf");
	d->desc = NULL;
	d->loc = L(4, 4);

	/* 0: range, resolved signed bounds */
	p = KAPI_APPEND(s->params, s->param_count, s->param_cap);
	kapi_param_init(p);
	p->name = kapi_xstrdup("fd");
	p->type_name = kapi_xstrdup("unsigned int");
	p->desc = kapi_xstrdup("descriptor");
	p->type = KAPI_TYPE_FD;
	p->flags = KAPI_PARAM_IN;
	p->constraint = KAPI_CONSTRAINT_RANGE;
	p->constraint_text = kapi_xstrdup("range(-1, INT_MAX)");
	p->cdesc = kapi_xstrdup("an open descriptor");
	set_resolved(&p->min, "-1", -1, false, L(12, 22));
	set_resolved(&p->max, "INT_MAX", 2147483647, false, L(12, 26));
	p->loc = L(10, 4);
	p->type_loc = L(11, 6);
	p->constraint_loc = L(12, 6);

	/* 1: mask, uint64 all ones, arch masks, unresolved max */
	p = KAPI_APPEND(s->params, s->param_count, s->param_cap);
	kapi_param_init(p);
	p->name = kapi_xstrdup("flags");
	p->type = KAPI_TYPE_UINT;
	p->flags = KAPI_PARAM_IN | KAPI_PARAM_USER;
	p->constraint = KAPI_CONSTRAINT_MASK;
	p->constraint_text = kapi_xstrdup("mask(~0ULL)");
	set_resolved(&p->mask, "~0ULL", -1, true, L(15, 22));
	set_unresolved(&p->max, "MAP_HUGE_MASK", L(16, 8));
	p->arch_masks = kapi_xcalloc(2, sizeof(*p->arch_masks));
	p->arch_mask_count = 2;
	p->arch_masks[0].arch = kapi_xstrdup("x86");
	set_resolved(&p->arch_masks[0].mask, "MAP_32BIT", 0x40, false,
		     L(17, 8));
	p->arch_masks[1].arch = kapi_xstrdup("sparc");
	set_unresolved(&p->arch_masks[1].mask, "MAP_SPARC_ONLY", L(18, 8));

	/* 2: enum, resolved, unresolved and absent members */
	p = KAPI_APPEND(s->params, s->param_count, s->param_cap);
	kapi_param_init(p);
	p->name = kapi_xstrdup("advice");
	p->type = KAPI_TYPE_INT;
	p->constraint = KAPI_CONSTRAINT_ENUM;
	p->enum_values = kapi_xcalloc(3, sizeof(*p->enum_values));
	p->enum_count = 3;
	set_resolved(&p->enum_values[0], "MADV_NORMAL", 0, false, L(20, 10));
	set_unresolved(&p->enum_values[1], "MADV_FUTURE", L(20, 23));
	p->enum_values[1].state = KAPI_VALUE_INVALID;
	set_resolved(&p->enum_values[2], "MADV_DONTNEED", 4, false, L(0, 0));

	/* 3: buffer with size param, size multiplier, alignment, size */
	p = KAPI_APPEND(s->params, s->param_count, s->param_cap);
	kapi_param_init(p);
	p->name = kapi_xstrdup("buf");
	p->type_name = kapi_xstrdup("char __user *");
	p->type = KAPI_TYPE_USER_PTR;
	p->flags = KAPI_PARAM_OUT | KAPI_PARAM_USER | KAPI_PARAM_OPTIONAL;
	p->constraint = KAPI_CONSTRAINT_BUFFER;
	p->size_param_idx = 4;
	set_resolved(&p->size_multiplier, "sizeof(struct iovec)", 16, true,
		     L(23, 8));
	set_resolved(&p->alignment, "8", 8, true, L(24, 8));
	set_resolved(&p->size, "SIZE_MAX", -1, true, L(25, 8));
	p->struct_type = kapi_xstrdup("struct iovec");

	/* 4: user string with big unsigned min, no constraint text */
	p = KAPI_APPEND(s->params, s->param_count, s->param_cap);
	kapi_param_init(p);
	p->name = kapi_xstrdup("count");
	p->type = KAPI_TYPE_UINT;
	p->constraint = KAPI_CONSTRAINT_USER_STRING;
	set_resolved(&p->min, "0x8000000000000000", INT64_MIN, true, L(27, 8));
	set_resolved(&p->max, "UINT_MAX", 4294967295LL, true, L(27, 30));

	s->ret.present = true;
	s->ret.type_name = kapi_xstrdup("long");
	s->ret.type = KAPI_TYPE_INT;
	s->ret.check = KAPI_RETURN_RANGE;
	set_resolved(&s->ret.success_min, "0", 0, false, L(30, 18));
	set_unresolved(&s->ret.success_max, "MAX_RW_COUNT", L(30, 21));
	s->ret.error_values = kapi_xcalloc(2, sizeof(*s->ret.error_values));
	s->ret.error_value_count = 2;
	set_resolved(&s->ret.error_values[0], "-EBADF", -9, false, L(31, 8));
	set_unresolved(&s->ret.error_values[1], "-EWEIRD", L(31, 16));
	s->ret.desc = kapi_xstrdup("bytes done");
	s->ret.loc = L(29, 4);

	e = KAPI_APPEND(s->errors, s->error_count, s->error_cap);
	e->name = kapi_xstrdup("EBADF");
	set_resolved(&e->code, "EBADF", -9, false, L(33, 11));
	e->summary = kapi_xstrdup("fd is not open");
	e->condition = kapi_xstrdup("fd closed");
	e->desc = kapi_xstrdup("The descriptor is not open.");
	e->loc = L(33, 4);
	e = KAPI_APPEND(s->errors, s->error_count, s->error_cap);
	e->name = kapi_xstrdup("EFOO");
	set_unresolved(&e->code, "EFOO", L(35, 11));
	e->loc = L(35, 4);

	l = KAPI_APPEND(s->locks, s->lock_count, s->lock_cap);
	l->name = kapi_xstrdup("mmap_lock");
	l->type = KAPI_LOCK_RWLOCK;
	l->scope = KAPI_LOCK_SCOPE_INTERNAL;
	l->acquired = 1;
	l->released = 0;
	l->held_on_entry = -1;
	l->held_on_exit = -1;
	l->desc = kapi_xstrdup("read side");
	l->loc = L(37, 4);

	g = KAPI_APPEND(s->signals, s->signal_count, s->signal_cap);
	g->name = kapi_xstrdup("SIGKILL");
	set_resolved(&g->number, "SIGKILL", 9, false, L(40, 12));
	g->direction = KAPI_SIGNAL_RECEIVE | KAPI_SIGNAL_HANDLE;
	g->action = KAPI_SIGNAL_ACTION_RETURN;
	g->timing = KAPI_SIGNAL_TIME_DURING;
	g->target = kapi_xstrdup("caller");
	g->condition = kapi_xstrdup("while blocked");
	g->desc = kapi_xstrdup("aborts the wait");
	g->transform_to = kapi_xstrdup("SIGSEGV");
	set_resolved(&g->error, "-EINTR", -4, false, L(41, 12));
	g->priority = 3;
	g->restartable = 1;
	g->interruptible = 0;
	g->queue = -1;
	set_resolved(&g->sa_flags_required, "SA_RESTART", 0x10000000, false,
		     L(42, 8));
	set_unresolved(&g->sa_flags_forbidden, "SA_WEIRD", L(43, 8));
	g->state_required = kapi_xstrdup("TASK_INTERRUPTIBLE");
	g->loc = L(39, 4);

	c = KAPI_APPEND(s->capabilities, s->capability_count,
			s->capability_cap);
	c->name = kapi_xstrdup("CAP_SYS_ADMIN");
	set_resolved(&c->number, "CAP_SYS_ADMIN", 21, false, L(45, 16));
	c->action = KAPI_CAP_BYPASS_CHECK;
	c->allows = kapi_xstrdup("anything");
	c->without = kapi_xstrdup("EPERM");
	c->condition = kapi_xstrdup("always");
	c->desc = kapi_xstrdup("root");
	c->priority = 1;
	c->loc = L(45, 4);

	fx = KAPI_APPEND(s->side_effects, s->side_effect_count,
			 s->side_effect_cap);
	fx->types = KAPI_EFFECT_MODIFY_STATE | KAPI_EFFECT_IRREVERSIBLE;
	fx->target = kapi_xstrdup("fd table");
	fx->reversible = 0;
	fx->loc = L(47, 4);
	fx = KAPI_APPEND(s->side_effects, s->side_effect_count,
			 s->side_effect_cap);
	fx->types = KAPI_EFFECT_ALLOC_MEMORY;
	fx->reversible = -1;

	t = KAPI_APPEND(s->state_transitions, s->state_trans_count,
			s->state_trans_cap);
	t->object = kapi_xstrdup("newfd");
	t->from = kapi_xstrdup("open");
	t->to = kapi_xstrdup("closed");
	t->condition = kapi_xstrdup("always");
	t->desc = kapi_xstrdup("closed first");
	t->loc = L(49, 4);

	k = KAPI_APPEND(s->constraints, s->constraint_count, s->constraint_cap);
	k->name = kapi_xstrdup("limit");
	k->desc = kapi_xstrdup("stays under the limit");
	k->expr = kapi_xstrdup("newfd < RLIMIT_NOFILE");
	k->loc = L(51, 4);

	build_masks_and_structs(s);

	s->prov.file = kapi_xstrdup("fs/file.c");
	s->prov.line = 1200;
	s->prov.source = KAPI_SOURCE_COMMENT_SHORT;
	s->prov.target = kapi_xstrdup("x86_64-pc-linux-gnu");
	s->prov.compiler = kapi_xstrdup("clang version 19.1.7");
	s->prov.kernel_version = kapi_xstrdup("6.12.0");
	s->prov.verified = KAPI_VERIFY_WARNINGS;
	return s;
}

/* ---- field-by-field comparison ----------------------------------------- */

static bool str_eq(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

#define EQS(a, b)                                                              \
	do {                                                                   \
		if (!KT_CHECK(str_eq((a), (b))))                               \
			fprintf(stderr, "  \"%s\" vs \"%s\"\n",                \
				(a) ? (a) : "(null)", (b) ? (b) : "(null)");   \
	} while (0)

static void loc_eq(struct kapi_loc a, struct kapi_loc b)
{
	KT_EQ_INT(a.line, b.line);
	KT_EQ_INT(a.col, b.col);
}

static void value_eq(const struct kapi_value *a, const struct kapi_value *b)
{
	KT_EQ_INT(a->state, b->state);
	EQS(a->text, b->text);
	KT_EQ_INT(a->is_unsigned, b->is_unsigned);
	/* num is defined only for resolved values */
	if (a->state == KAPI_VALUE_RESOLVED)
		KT_CHECK(a->num == b->num);
	loc_eq(a->loc, b->loc);
}

static void param_eq(const struct kapi_param *a, const struct kapi_param *b)
{
	EQS(a->name, b->name);
	EQS(a->type_name, b->type_name);
	EQS(a->desc, b->desc);
	KT_EQ_INT(a->type, b->type);
	KT_EQ_INT(a->flags, b->flags);
	KT_EQ_INT(a->constraint, b->constraint);
	EQS(a->constraint_text, b->constraint_text);
	EQS(a->cdesc, b->cdesc);
	value_eq(&a->min, &b->min);
	value_eq(&a->max, &b->max);
	value_eq(&a->mask, &b->mask);
	if (KT_CHECK(a->enum_count == b->enum_count))
		for (size_t i = 0; i < a->enum_count; i++)
			value_eq(&a->enum_values[i], &b->enum_values[i]);
	value_eq(&a->alignment, &b->alignment);
	value_eq(&a->size, &b->size);
	KT_EQ_INT(a->size_param_idx, b->size_param_idx);
	value_eq(&a->size_multiplier, &b->size_multiplier);
	EQS(a->struct_type, b->struct_type);
	if (KT_CHECK(a->arch_mask_count == b->arch_mask_count)) {
		for (size_t i = 0; i < a->arch_mask_count; i++) {
			EQS(a->arch_masks[i].arch, b->arch_masks[i].arch);
			value_eq(&a->arch_masks[i].mask,
				 &b->arch_masks[i].mask);
		}
	}
	loc_eq(a->loc, b->loc);
	loc_eq(a->type_loc, b->type_loc);
	loc_eq(a->constraint_loc, b->constraint_loc);
}

static void return_eq(const struct kapi_return *a, const struct kapi_return *b)
{
	KT_EQ_INT(a->present, b->present);
	EQS(a->type_name, b->type_name);
	KT_EQ_INT(a->type, b->type);
	KT_EQ_INT(a->check, b->check);
	value_eq(&a->success, &b->success);
	value_eq(&a->success_min, &b->success_min);
	value_eq(&a->success_max, &b->success_max);
	if (KT_CHECK(a->error_value_count == b->error_value_count))
		for (size_t i = 0; i < a->error_value_count; i++)
			value_eq(&a->error_values[i], &b->error_values[i]);
	EQS(a->desc, b->desc);
	loc_eq(a->loc, b->loc);
}

static void field_eq(const struct kapi_struct_field *x,
		     const struct kapi_struct_field *y)
{
	EQS(x->name, y->name);
	EQS(x->type_name, y->type_name);
	KT_EQ_INT(x->type, y->type);
	value_eq(&x->offset, &y->offset);
	value_eq(&x->size, &y->size);
	KT_EQ_INT(x->flags, y->flags);
	KT_EQ_INT(x->constraint, y->constraint);
	value_eq(&x->min, &y->min);
	value_eq(&x->max, &y->max);
	value_eq(&x->mask, &y->mask);
	EQS(x->enum_values, y->enum_values);
	EQS(x->desc, y->desc);
	loc_eq(x->loc, y->loc);
}

static void masks_and_structs_eq(const struct kapi_spec *a,
				 const struct kapi_spec *b)
{
	if (KT_CHECK(a->signal_mask_count == b->signal_mask_count)) {
		for (size_t i = 0; i < a->signal_mask_count; i++) {
			const struct kapi_signal_mask *x = &a->signal_masks[i],
						      *y = &b->signal_masks[i];

			EQS(x->name, y->name);
			EQS(x->desc, y->desc);
			if (KT_CHECK(x->signal_count == y->signal_count))
				for (size_t j = 0; j < x->signal_count; j++)
					value_eq(&x->signals[j],
						 &y->signals[j]);
			loc_eq(x->loc, y->loc);
		}
	}
	if (KT_CHECK(a->struct_spec_count == b->struct_spec_count)) {
		for (size_t i = 0; i < a->struct_spec_count; i++) {
			const struct kapi_struct_spec *x = &a->struct_specs[i],
						      *y = &b->struct_specs[i];

			EQS(x->name, y->name);
			value_eq(&x->size, &y->size);
			value_eq(&x->alignment, &y->alignment);
			EQS(x->desc, y->desc);
			if (KT_CHECK(x->field_count == y->field_count))
				for (size_t j = 0; j < x->field_count; j++)
					field_eq(&x->fields[j], &y->fields[j]);
			loc_eq(x->loc, y->loc);
		}
	}
}

static void spec_eq(const struct kapi_spec *a, const struct kapi_spec *b)
{
	EQS(a->name, b->name);
	KT_EQ_INT(a->kind, b->kind);
	EQS(a->description, b->description);
	EQS(a->long_description, b->long_description);
	EQS(a->api_type, b->api_type);
	EQS(a->since_version, b->since_version);
	EQS(a->examples, b->examples);
	EQS(a->notes, b->notes);
	KT_EQ_INT(a->contexts, b->contexts);
	loc_eq(a->contexts_loc, b->contexts_loc);
	KT_EQ_INT(a->param_count_declared, b->param_count_declared);
	loc_eq(a->param_count_loc, b->param_count_loc);
	if (KT_CHECK(a->doc_param_count == b->doc_param_count)) {
		for (size_t i = 0; i < a->doc_param_count; i++) {
			EQS(a->doc_params[i].name, b->doc_params[i].name);
			EQS(a->doc_params[i].desc, b->doc_params[i].desc);
			loc_eq(a->doc_params[i].loc, b->doc_params[i].loc);
		}
	}
	if (KT_CHECK(a->param_count == b->param_count))
		for (size_t i = 0; i < a->param_count; i++)
			param_eq(&a->params[i], &b->params[i]);
	return_eq(&a->ret, &b->ret);
	if (KT_CHECK(a->error_count == b->error_count)) {
		for (size_t i = 0; i < a->error_count; i++) {
			const struct kapi_error *x = &a->errors[i],
						*y = &b->errors[i];

			EQS(x->name, y->name);
			value_eq(&x->code, &y->code);
			EQS(x->summary, y->summary);
			EQS(x->condition, y->condition);
			EQS(x->desc, y->desc);
			loc_eq(x->loc, y->loc);
		}
	}
	if (KT_CHECK(a->lock_count == b->lock_count)) {
		for (size_t i = 0; i < a->lock_count; i++) {
			const struct kapi_lock *x = &a->locks[i],
					       *y = &b->locks[i];

			EQS(x->name, y->name);
			KT_EQ_INT(x->type, y->type);
			KT_EQ_INT(x->scope, y->scope);
			KT_EQ_INT(x->acquired, y->acquired);
			KT_EQ_INT(x->released, y->released);
			KT_EQ_INT(x->held_on_entry, y->held_on_entry);
			KT_EQ_INT(x->held_on_exit, y->held_on_exit);
			EQS(x->desc, y->desc);
			loc_eq(x->loc, y->loc);
		}
	}
	if (KT_CHECK(a->signal_count == b->signal_count)) {
		for (size_t i = 0; i < a->signal_count; i++) {
			const struct kapi_signal *x = &a->signals[i],
						 *y = &b->signals[i];

			EQS(x->name, y->name);
			value_eq(&x->number, &y->number);
			KT_EQ_INT(x->direction, y->direction);
			KT_EQ_INT(x->action, y->action);
			KT_EQ_INT(x->timing, y->timing);
			EQS(x->target, y->target);
			EQS(x->condition, y->condition);
			EQS(x->desc, y->desc);
			EQS(x->transform_to, y->transform_to);
			value_eq(&x->error, &y->error);
			KT_EQ_INT(x->priority, y->priority);
			KT_EQ_INT(x->restartable, y->restartable);
			KT_EQ_INT(x->interruptible, y->interruptible);
			KT_EQ_INT(x->queue, y->queue);
			value_eq(&x->sa_flags_required, &y->sa_flags_required);
			value_eq(&x->sa_flags_forbidden,
				 &y->sa_flags_forbidden);
			EQS(x->state_required, y->state_required);
			EQS(x->state_forbidden, y->state_forbidden);
			loc_eq(x->loc, y->loc);
		}
	}
	if (KT_CHECK(a->capability_count == b->capability_count)) {
		for (size_t i = 0; i < a->capability_count; i++) {
			const struct kapi_capability *x = &a->capabilities[i],
						     *y = &b->capabilities[i];

			EQS(x->name, y->name);
			value_eq(&x->number, &y->number);
			KT_EQ_INT(x->action, y->action);
			EQS(x->allows, y->allows);
			EQS(x->without, y->without);
			EQS(x->condition, y->condition);
			EQS(x->desc, y->desc);
			KT_EQ_INT(x->priority, y->priority);
			loc_eq(x->loc, y->loc);
		}
	}
	if (KT_CHECK(a->side_effect_count == b->side_effect_count)) {
		for (size_t i = 0; i < a->side_effect_count; i++) {
			const struct kapi_side_effect *x = &a->side_effects[i],
						      *y = &b->side_effects[i];

			KT_EQ_INT(x->types, y->types);
			EQS(x->target, y->target);
			EQS(x->condition, y->condition);
			EQS(x->desc, y->desc);
			KT_EQ_INT(x->reversible, y->reversible);
			loc_eq(x->loc, y->loc);
		}
	}
	if (KT_CHECK(a->state_trans_count == b->state_trans_count)) {
		for (size_t i = 0; i < a->state_trans_count; i++) {
			const struct kapi_state_trans *x =
				&a->state_transitions[i];
			const struct kapi_state_trans *y =
				&b->state_transitions[i];

			EQS(x->object, y->object);
			EQS(x->from, y->from);
			EQS(x->to, y->to);
			EQS(x->condition, y->condition);
			EQS(x->desc, y->desc);
			loc_eq(x->loc, y->loc);
		}
	}
	if (KT_CHECK(a->constraint_count == b->constraint_count)) {
		for (size_t i = 0; i < a->constraint_count; i++) {
			EQS(a->constraints[i].name, b->constraints[i].name);
			EQS(a->constraints[i].desc, b->constraints[i].desc);
			EQS(a->constraints[i].expr, b->constraints[i].expr);
			loc_eq(a->constraints[i].loc, b->constraints[i].loc);
		}
	}
	masks_and_structs_eq(a, b);
	EQS(a->prov.file, b->prov.file);
	KT_EQ_INT(a->prov.line, b->prov.line);
	KT_EQ_INT(a->prov.source, b->prov.source);
	EQS(a->prov.target, b->prov.target);
	EQS(a->prov.compiler, b->prov.compiler);
	EQS(a->prov.kernel_version, b->prov.kernel_version);
	KT_EQ_INT(a->prov.verified, b->prov.verified);
}

/* ---- helpers ------------------------------------------------------------ */

static long read_str(const char *text, struct kapi_spec_list *out,
		     struct kapi_diag_list *diags)
{
	return kapi_json_read(text, strlen(text), "test.json", out, diags);
}

static bool has_diag(const struct kapi_diag_list *d, enum kapi_severity sev,
		     const char *needle)
{
	for (size_t i = 0; i < d->count; i++)
		if (d->items[i].severity == sev &&
		    strstr(d->items[i].message, needle))
			return true;
	return false;
}

/* Parse an exported string back with jansson to look at one field. */
static json_t *parse_json(const char *text)
{
	json_error_t err;

	return json_loads(text, 0, &err);
}

/* ---- tests -------------------------------------------------------------- */

static void test_round_trip_full(void)
{
	struct kapi_spec *s = build_full();
	struct kapi_spec_list list = {0};
	struct kapi_diag_list diags = {0};
	char *a = kapi_json_spec_to_string(s), *b;

	KT_EQ_INT(read_str(a, &list, &diags), 1);
	KT_EQ_INT(diags.count, 0);
	if (KT_CHECK(list.count == 1)) {
		spec_eq(s, list.items[0]);
		b = kapi_json_spec_to_string(list.items[0]);
		KT_EQ_STR(a, b);
		free(b);
	}
	free(a);
	kapi_spec_list_free(&list);
	kapi_diag_list_free(&diags);
	kapi_spec_free(s);
}

/* Signal masks and struct specs in the kernel's forms (test_export_shape). */
static void check_masks_and_structs_shape(const json_t *j)
{
	json_t *m = json_array_get(json_object_get(j, "signal_masks"), 0);
	json_t *st = json_array_get(json_object_get(j, "struct_specs"), 0);
	json_t *f0 = json_array_get(json_object_get(st, "fields"), 0);
	json_t *f1 = json_array_get(json_object_get(st, "fields"), 1);
	json_t *sig = json_object_get(m, "signals"), *kc;

	KT_EQ_STR(json_string_value(json_object_get(m, "name")),
		  "stop_signals");
	KT_EQ_INT(json_array_size(sig), 3);
	KT_EQ_INT(json_integer_value(json_array_get(sig, 0)), 2);
	KT_EQ_INT(json_integer_value(json_array_get(sig, 1)), 15);
	KT_CHECK(json_is_null(json_array_get(sig, 2)));
	kc = json_object_get(json_object_get(m, "kapi_clang"), "signals");
	KT_EQ_STR(json_string_value(
			  json_object_get(json_array_get(kc, 0), "text")),
		  "SIGINT");
	KT_EQ_STR(json_string_value(
			  json_object_get(json_array_get(kc, 2), "state")),
		  "unresolved");
	m = json_array_get(json_object_get(j, "signal_masks"), 1);
	KT_EQ_INT(json_array_size(json_object_get(m, "signals")), 0);
	KT_CHECK(json_object_get(m, "kapi_clang") == NULL);

	KT_EQ_INT(json_integer_value(json_object_get(st, "size")), 24);
	KT_CHECK(json_is_null(json_object_get(st, "alignment")));
	kc = json_object_get(st, "kapi_clang");
	KT_EQ_STR(json_string_value(json_object_get(
			  json_object_get(kc, "alignment"), "text")),
		  "__alignof__(u64)");
	KT_EQ_STR(json_string_value(json_object_get(f0, "type")), "u64");
	KT_EQ_STR(json_string_value(json_object_get(f0, "type_class")), "uint");
	KT_EQ_STR(json_string_value(json_object_get(f0, "flags")), "0x41");
	KT_EQ_STR(json_string_value(json_object_get(f0, "constraint_type")),
		  "mask");
	KT_EQ_STR(json_string_value(json_object_get(f0, "valid_mask")),
		  "0xffffffffffffffff");
	KT_EQ_INT(json_integer_value(json_object_get(f0, "offset")), 0);
	KT_CHECK(json_is_null(json_object_get(f0, "enum_values")));
	KT_EQ_STR(json_string_value(json_object_get(f1, "enum_values")),
		  "RESOLVE_NO_XDEV,RESOLVE_BENEATH");
	KT_EQ_INT(json_integer_value(json_object_get(f1, "min_value")), -1);
	KT_CHECK(json_is_null(json_object_get(f1, "max_value")));
	KT_EQ_STR(json_string_value(json_object_get(f1, "flags")), "0x0");
	kc = json_object_get(f1, "kapi_clang");
	KT_EQ_STR(json_string_value(json_object_get(
			  json_object_get(kc, "max_value"), "state")),
		  "unresolved");
	KT_CHECK(json_object_get(kc, "offset") == NULL);
}

/* The kernel fields of the export hold the kernel's forms. */
static void test_export_shape(void)
{
	struct kapi_spec *s = build_full();
	char *text = kapi_json_spec_to_string(s);
	json_t *j = parse_json(text), *p1, *p3, *p4, *ret, *kc, *keys;
	const char *order[] = {
		"name",		 "description",	 "long_description",
		"context_flags", "examples",	 "notes",
		"since_version", "parameters",	 "return_spec",
		"errors",	 "locks",	 "signals",
		"signal_masks",	 "side_effects", "state_transitions",
		"capabilities",	 "constraints",	 "struct_specs",
		"kapi_clang"};
	size_t i = 0;
	const char *key;
	json_t *val;

	KT_CHECK(text[strlen(text) - 1] == '}'); /* no trailing newline */
	if (!KT_CHECK(j != NULL))
		goto out;
	json_object_foreach(j, key, val)
	{
		if (KT_CHECK(i < sizeof(order) / sizeof(*order)))
			KT_EQ_STR(key, order[i]);
		i++;
	}
	KT_EQ_INT(i, sizeof(order) / sizeof(*order));
	keys = json_object_get(j, "context_flags");
	KT_EQ_INT(json_array_size(keys), 3);
	KT_EQ_STR(json_string_value(json_array_get(keys, 0)), "process");
	KT_EQ_STR(json_string_value(json_array_get(keys, 2)), "irq_disabled");

	p1 = json_array_get(json_object_get(j, "parameters"), 1);
	KT_EQ_STR(json_string_value(json_object_get(p1, "valid_mask")),
		  "0xffffffffffffffff");
	KT_EQ_STR(json_string_value(json_object_get(p1, "flags")), "0x41");
	KT_EQ_STR(json_string_value(json_object_get(p1, "param_type")), "uint");
	KT_EQ_STR(json_string_value(json_object_get(p1, "constraint_type")),
		  "mask");
	KT_CHECK(json_is_null(json_object_get(p1, "max_value")));
	KT_CHECK(json_is_null(json_object_get(p1, "size_param_idx")));
	kc = json_object_get(p1, "kapi_clang");
	KT_EQ_STR(json_string_value(json_object_get(
			  json_object_get(kc, "max_value"), "state")),
		  "unresolved");
	KT_EQ_STR(json_string_value(json_object_get(
			  json_object_get(kc, "valid_mask"), "text")),
		  "~0ULL");
	KT_CHECK(json_object_get(kc, "min_value") == NULL);

	p3 = json_array_get(json_object_get(j, "parameters"), 3);
	KT_EQ_INT(json_integer_value(json_object_get(p3, "size_param_idx")), 4);
	KT_EQ_STR(json_string_value(json_object_get(p3, "constraint_type")),
		  "buffer");
	/* SIZE_MAX (unsigned, above INT64_MAX) stays unsigned: hex string */
	KT_EQ_STR(json_string_value(json_object_get(p3, "size")),
		  "0xffffffffffffffff");
	p4 = json_array_get(json_object_get(j, "parameters"), 4);
	KT_EQ_STR(json_string_value(json_object_get(p4, "min_value")),
		  "0x8000000000000000");
	KT_EQ_INT(json_integer_value(json_object_get(p4, "max_value")),
		  4294967295LL);

	ret = json_object_get(j, "return_spec");
	KT_EQ_STR(json_string_value(json_object_get(ret, "check_type")),
		  "range");
	KT_CHECK(json_is_null(json_object_get(ret, "success_value")));
	KT_EQ_INT(json_integer_value(json_object_get(ret, "success_min")), 0);
	KT_EQ_INT(json_integer_value(json_array_get(
			  json_object_get(ret, "error_values"), 0)),
		  -9);
	KT_CHECK(json_is_null(
		json_array_get(json_object_get(ret, "error_values"), 1)));

	val = json_array_get(json_object_get(j, "errors"), 1);
	KT_CHECK(json_is_null(json_object_get(val, "error_code")));
	val = json_array_get(json_object_get(j, "side_effects"), 0);
	KT_EQ_STR(json_string_value(json_object_get(val, "effect_type")),
		  "0x4004");
	KT_CHECK(json_is_false(json_object_get(val, "reversible")));
	val = json_array_get(json_object_get(j, "side_effects"), 1);
	KT_CHECK(json_is_null(json_object_get(val, "reversible")));
	val = json_array_get(json_object_get(j, "signals"), 0);
	KT_EQ_STR(json_string_value(json_object_get(val, "direction")),
		  "receive|handle");
	KT_EQ_STR(json_string_value(json_object_get(val, "sa_flags_required")),
		  "0x10000000");
	KT_CHECK(json_is_null(json_object_get(val, "queue")));
	val = json_array_get(json_object_get(j, "locks"), 0);
	KT_EQ_STR(json_string_value(json_object_get(val, "lock_type")),
		  "rwlock");
	kc = json_object_get(val, "kapi_clang");
	KT_CHECK(json_is_true(json_object_get(kc, "acquired")));
	KT_CHECK(json_object_get(kc, "held_on_entry") == NULL);
	check_masks_and_structs_shape(j);
	kc = json_object_get(json_object_get(j, "kapi_clang"), "provenance");
	KT_EQ_STR(json_string_value(json_object_get(kc, "source")),
		  "comment-short");
	KT_EQ_STR(json_string_value(json_object_get(kc, "verified")),
		  "warnings");
	json_decref(j);
out:
	free(text);
	kapi_spec_free(s);
}

/* An empty spec keeps everything absent; no 0 is invented. */
static void test_round_trip_empty(void)
{
	struct kapi_spec *s = kapi_spec_new();
	struct kapi_spec_list list = {0};
	struct kapi_diag_list diags = {0};
	struct kapi_param *p;
	char *a, *b;
	json_t *j;

	s->name = kapi_xstrdup("empty_fn");
	p = KAPI_APPEND(s->params, s->param_count, s->param_cap);
	kapi_param_init(p);
	a = kapi_json_spec_to_string(s);
	j = parse_json(a);
	KT_CHECK(json_is_null(json_object_get(j, "return_spec")));
	KT_CHECK(json_is_null(json_object_get(
		json_array_get(json_object_get(j, "parameters"), 0),
		"min_value")));
	json_decref(j);
	KT_EQ_INT(read_str(a, &list, &diags), 1);
	if (KT_CHECK(list.count == 1)) {
		spec_eq(s, list.items[0]);
		KT_EQ_INT(list.items[0]->params[0].min.state,
			  KAPI_VALUE_ABSENT);
		b = kapi_json_spec_to_string(list.items[0]);
		KT_EQ_STR(a, b);
		free(b);
	}
	free(a);
	kapi_spec_list_free(&list);
	kapi_diag_list_free(&diags);
	kapi_spec_free(s);
}

static void test_list_round_trip(void)
{
	struct kapi_spec *s[2] = {build_full(), kapi_spec_new()};
	struct kapi_spec_list list = {0};
	struct kapi_diag_list diags = {0};
	char *a, *b;

	s[1]->name = kapi_xstrdup("sys_other");
	a = kapi_json_list_to_string((const struct kapi_spec *const *)s, 2);
	KT_CHECK(!strncmp(a, "{\n  \"apis\": [", 13));
	KT_CHECK(a[strlen(a) - 1] == '\n');
	KT_EQ_INT(read_str(a, &list, &diags), 2);
	if (KT_CHECK(list.count == 2)) {
		spec_eq(s[0], list.items[0]);
		spec_eq(s[1], list.items[1]);
		b = kapi_json_list_to_string(
			(const struct kapi_spec *const *)list.items, 2);
		KT_EQ_STR(a, b);
		free(b);
	}
	free(a);
	b = kapi_json_list_to_string(NULL, 0);
	KT_EQ_STR(b, "{\n  \"apis\": []\n}\n");
	free(b);
	kapi_spec_list_free(&list);
	kapi_diag_list_free(&diags);
	kapi_spec_free(s[0]);
	kapi_spec_free(s[1]);
}

static const char kernel_dup3[] =
	"{\"name\": \"sys_dup3\", \"description\": \"Duplicate\","
	" \"context_flags\": [\"process\", \"KAPI_CTX_SLEEPABLE\"],"
	" \"parameters\": [{\"index\": 0, \"name\": \"oldfd\","
	"   \"flags\": \"0x1\", \"param_type\": \"fd\","
	"   \"constraint_type\": \"range\", \"min_value\": 0,"
	"   \"max_value\": 2147483647, \"valid_mask\": null,"
	"   \"size_param_idx\": null},"
	"  {\"index\": 1, \"name\": \"flags\", \"flags\": \"0x41\","
	"   \"param_type\": \"KAPI_TYPE_INT\", \"constraint_type\": \"mask\","
	"   \"valid_mask\": \"0x80000\", \"enum_values\": [1, null],"
	"   \"size\": 8, \"size_param_idx\": 2}],"
	" \"return_spec\": {\"type_name\": \"long\", \"return_type\": \"fd\","
	"   \"check_type\": \"fd\", \"success_value\": null,"
	"   \"error_values\": [-9]},"
	" \"errors\": [{\"error_code\": -9, \"name\": \"EBADF\","
	"   \"condition\": \"bad fd\", \"description\": \"not open\"}],"
	" \"locks\": [{\"lock_name\": \"files\", \"lock_type\": \"spinlock\","
	"   \"scope\": \"internal\"}],"
	" \"signals\": [{\"signal_num\": 9, \"direction\": \"0x3\","
	"   \"action\": \"KAPI_SIGNAL_ACTION_TERMINATE\", \"queue\": true,"
	"   \"sa_flags_required\": \"0x4\"}],"
	" \"signal_masks\": [{\"name\": \"stop\", \"signals\": [2, 15]}],"
	" \"struct_specs\": [{\"name\": \"open_how\", \"size\": 24,"
	"   \"fields\": [{\"name\": \"flags\", \"type\": \"u64\","
	"    \"type_class\": \"KAPI_TYPE_UINT\", \"offset\": 8,"
	"    \"valid_mask\": \"0xff\", \"enum_values\": \"A,B\"}]}],"
	" \"side_effects\": [{\"effect_type\": \"0x84\","
	"   \"reversible\": true}],"
	" \"capabilities\": [{\"capability\": 24, \"name\": "
	"\"CAP_SYS_RESOURCE\","
	"   \"action\": \"increase_limit\", \"priority\": 2,"
	"   \"alternatives\": [21]}]}";

/* The kernel's own JSON, without kapi_clang, imports as resolved values. */
static void test_kernel_only(void)
{
	struct kapi_spec_list list = {0};
	struct kapi_diag_list diags = {0};
	struct kapi_spec *s;
	struct kapi_param *p;

	KT_EQ_INT(kapi_json_read(kernel_dup3, strlen(kernel_dup3),
				 "debugfs/sys_dup3", &list, &diags),
		  1);
	KT_EQ_INT(diags.count, 0);
	if (!KT_CHECK(list.count == 1))
		goto out;
	s = list.items[0];
	KT_EQ_STR(s->name, "sys_dup3");
	KT_EQ_INT(s->kind, KAPI_KIND_SYSCALL);
	KT_EQ_INT(s->contexts, KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE);
	KT_EQ_INT(s->prov.source, KAPI_SOURCE_JSON);
	KT_EQ_STR(s->prov.file, "debugfs/sys_dup3");
	KT_EQ_INT(s->param_count_declared, -1);
	if (!KT_CHECK(s->param_count == 2))
		goto out;
	p = &s->params[0];
	KT_EQ_INT(p->type, KAPI_TYPE_FD);
	KT_EQ_INT(p->flags, KAPI_PARAM_IN);
	KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_RANGE);
	KT_EQ_INT(p->min.state, KAPI_VALUE_RESOLVED);
	KT_EQ_STR(p->min.text, "0");
	KT_EQ_INT(p->max.num, 2147483647);
	KT_EQ_STR(p->max.text, "2147483647");
	KT_EQ_INT(p->mask.state, KAPI_VALUE_ABSENT);
	KT_CHECK(p->mask.text == NULL);
	KT_EQ_INT(p->size.state, KAPI_VALUE_ABSENT);
	KT_EQ_INT(p->size_param_idx, -1);
	p = &s->params[1];
	KT_EQ_INT(p->type, KAPI_TYPE_INT);
	KT_EQ_INT(p->flags, KAPI_PARAM_IN | KAPI_PARAM_USER);
	KT_EQ_INT(p->mask.state, KAPI_VALUE_RESOLVED);
	KT_EQ_INT(p->mask.num, 0x80000);
	KT_EQ_STR(p->mask.text, "0x80000");
	KT_CHECK(p->mask.is_unsigned);
	KT_EQ_INT(p->size.num, 8);
	KT_EQ_INT(p->size_param_idx, 2);
	if (KT_CHECK(p->enum_count == 2)) {
		KT_EQ_INT(p->enum_values[0].state, KAPI_VALUE_RESOLVED);
		KT_EQ_INT(p->enum_values[1].state, KAPI_VALUE_ABSENT);
	}
	KT_CHECK(s->ret.present);
	KT_EQ_INT(s->ret.type, KAPI_TYPE_FD);
	KT_EQ_INT(s->ret.check, KAPI_RETURN_FD);
	KT_EQ_INT(s->ret.success.state, KAPI_VALUE_ABSENT);
	if (KT_CHECK(s->ret.error_value_count == 1))
		KT_EQ_INT(s->ret.error_values[0].num, -9);
	if (KT_CHECK(s->error_count == 1)) {
		KT_EQ_INT(s->errors[0].code.num, -9);
		KT_EQ_STR(s->errors[0].code.text, "-9");
		KT_CHECK(!s->errors[0].code.is_unsigned);
		KT_EQ_STR(s->errors[0].name, "EBADF");
		KT_CHECK(s->errors[0].summary == NULL);
	}
	if (KT_CHECK(s->lock_count == 1)) {
		KT_EQ_INT(s->locks[0].type, KAPI_LOCK_SPINLOCK);
		KT_EQ_INT(s->locks[0].scope, KAPI_LOCK_SCOPE_INTERNAL);
		KT_EQ_INT(s->locks[0].acquired, -1);
	}
	if (KT_CHECK(s->signal_count == 1)) {
		KT_EQ_INT(s->signals[0].direction,
			  KAPI_SIGNAL_RECEIVE | KAPI_SIGNAL_SEND);
		KT_EQ_INT(s->signals[0].action, KAPI_SIGNAL_ACTION_TERMINATE);
		KT_EQ_INT(s->signals[0].queue, 1);
		KT_EQ_INT(s->signals[0].restartable, -1);
		KT_EQ_INT(s->signals[0].sa_flags_required.num, 4);
		KT_EQ_INT(s->signals[0].error.state, KAPI_VALUE_ABSENT);
	}
	if (KT_CHECK(s->side_effect_count == 1)) {
		KT_EQ_INT(s->side_effects[0].types,
			  KAPI_EFFECT_MODIFY_STATE |
				  KAPI_EFFECT_RESOURCE_CREATE);
		KT_EQ_INT(s->side_effects[0].reversible, 1);
	}
	if (KT_CHECK(s->capability_count == 1)) {
		KT_EQ_INT(s->capabilities[0].number.num, 24);
		KT_EQ_INT(s->capabilities[0].action, KAPI_CAP_INCREASE_LIMIT);
		KT_EQ_INT(s->capabilities[0].priority, 2);
	}
	if (KT_CHECK(s->signal_mask_count == 1) &&
	    KT_CHECK(s->signal_masks[0].signal_count == 2)) {
		KT_EQ_STR(s->signal_masks[0].name, "stop");
		KT_EQ_INT(s->signal_masks[0].signals[1].state,
			  KAPI_VALUE_RESOLVED);
		KT_EQ_INT(s->signal_masks[0].signals[1].num, 15);
		KT_EQ_STR(s->signal_masks[0].signals[1].text, "15");
	}
	if (KT_CHECK(s->struct_spec_count == 1) &&
	    KT_CHECK(s->struct_specs[0].field_count == 1)) {
		const struct kapi_struct_field *f =
			&s->struct_specs[0].fields[0];

		KT_EQ_INT(s->struct_specs[0].size.num, 24);
		KT_CHECK(s->struct_specs[0].size.is_unsigned);
		KT_EQ_INT(s->struct_specs[0].alignment.state,
			  KAPI_VALUE_ABSENT);
		KT_EQ_STR(f->type_name, "u64");
		KT_EQ_INT(f->type, KAPI_TYPE_UINT);
		KT_EQ_INT(f->offset.num, 8);
		KT_EQ_INT(f->size.state, KAPI_VALUE_ABSENT);
		KT_EQ_INT(f->mask.num, 0xff);
		KT_CHECK(f->mask.is_unsigned);
		KT_EQ_INT(f->min.state, KAPI_VALUE_ABSENT);
		KT_EQ_STR(f->enum_values, "A,B");
		KT_CHECK(f->desc == NULL);
	}
out:
	kapi_spec_list_free(&list);
	kapi_diag_list_free(&diags);
}

/* Kernel-only import, then export -> import -> export is stable. */
static void test_kernel_only_stable(void)
{
	struct kapi_spec_list l1 = {0}, l2 = {0};
	struct kapi_diag_list diags = {0};
	char *a = NULL, *b = NULL;

	read_str(kernel_dup3, &l1, &diags);
	if (KT_CHECK(l1.count == 1)) {
		a = kapi_json_spec_to_string(l1.items[0]);
		read_str(a, &l2, &diags);
	}
	if (KT_CHECK(l2.count == 1)) {
		spec_eq(l1.items[0], l2.items[0]);
		b = kapi_json_spec_to_string(l2.items[0]);
		KT_EQ_STR(a, b);
	}
	KT_EQ_INT(diags.count, 0);
	free(a);
	free(b);
	kapi_spec_list_free(&l1);
	kapi_spec_list_free(&l2);
	kapi_diag_list_free(&diags);
}

static void test_shapes(void)
{
	static const struct {
		const char *text;
		long specs;
		size_t warnings;
	} cases[] = {
		{"{\"api_details\": {\"name\": \"a\"}}", 1, 0},
		{"{\"apis\": [{\"name\": \"a\", \"errors\": []},"
		 " {\"name\": \"b\", \"parameters\": []}]}",
		 2, 0},
		/* the kernel tool's list form: names only, skipped */
		{"{\"apis\": [{\"name\": \"a\"}, {\"name\": \"b\","
		 " \"context_flags\": []}]}",
		 1, 1},
		{"{\"name\": \"a\"}", 1, 0},
		{"[{\"name\": \"a\", \"locks\": []}, {\"name\": \"b\","
		 " \"signals\": []}, {\"name\": \"c\", \"errors\": []}]",
		 3, 0},
		{"[]", 0, 0},
		{"{\"apis\": []}", 0, 0},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct kapi_spec_list list = {0};
		struct kapi_diag_list diags = {0};
		long n = read_str(cases[i].text, &list, &diags);

		KT_EQ_INT(n, cases[i].specs);
		KT_EQ_INT(list.count, cases[i].specs);
		KT_EQ_INT(kapi_diag_count(&diags, KAPI_SEV_WARNING),
			  cases[i].warnings);
		KT_EQ_INT(kapi_diag_count(&diags, KAPI_SEV_ERROR), 0);
		if (list.count)
			KT_EQ_STR(list.items[list.count - 1]->name,
				  i == 4	     ? "c"
				  : i == 1 || i == 2 ? "b"
						     : "a");
		kapi_spec_list_free(&list);
		kapi_diag_list_free(&diags);
	}
}

/*
 * List shapes are read one element at a time; anything unusual falls back
 * to parsing the whole text.  Both paths must give the same specs, and a
 * bad element must leave nothing half-read behind.
 */
static void test_streaming(void)
{
	static const char streamed[] =
		"{ \"apis\" : [ {\"name\": \"a]\\\"{\", \"errors\": []},\n"
		"  {\"name\": \"b\", \"parameters\": [{\"name\": \"x,y\"}]} ] "
		"}\n";
	static const char whole[] =
		"{ \"apis\" : [ {\"name\": \"a]\\\"{\", \"errors\": []},\n"
		"  {\"name\": \"b\", \"parameters\": [{\"name\": \"x,y\"}]} ],"
		" \"other\": 1 }\n";
	static const char bad[] =
		"{\"apis\": [{\"name\": \"a\", \"errors\": []},\n"
		" {\"name\": }]}";
	struct kapi_spec_list l1 = {0}, l2 = {0};
	struct kapi_diag_list d = {0};
	char *j1, *j2;

	KT_EQ_INT(read_str(streamed, &l1, &d), 2);
	KT_EQ_INT(read_str(whole, &l2, &d), 2);
	KT_EQ_INT(d.count, 0);
	if (KT_CHECK(l1.count == 2 && l2.count == 2)) {
		KT_EQ_STR(l1.items[0]->name, "a]\"{");
		KT_EQ_STR(l1.items[1]->params[0].name, "x,y");
		j1 = kapi_json_list_to_string(
			(const struct kapi_spec *const *)l1.items, l1.count);
		j2 = kapi_json_list_to_string(
			(const struct kapi_spec *const *)l2.items, l2.count);
		KT_EQ_STR(j1, j2);
		free(j1);
		free(j2);
	}
	kapi_spec_list_free(&l1);
	kapi_spec_list_free(&l2);

	KT_EQ_INT(read_str(bad, &l1, &d), -1);
	KT_EQ_INT(l1.count, 0);
	if (KT_CHECK(d.count == 1))
		KT_EQ_INT(d.items[0].loc.line, 2);
	kapi_diag_list_free(&d);
}

static void test_malformed(void)
{
	struct kapi_spec_list list = {0};
	struct kapi_diag_list diags = {0};
	const char *bad = "{\n  \"apis\": [\n    {\"name\": \"a\",, }\n  ]\n}";

	KT_EQ_INT(read_str(bad, &list, &diags), -1);
	KT_EQ_INT(list.count, 0);
	if (KT_CHECK(diags.count == 1)) {
		KT_EQ_INT(diags.items[0].severity, KAPI_SEV_ERROR);
		KT_EQ_INT(diags.items[0].loc.line, 3);
		KT_CHECK(diags.items[0].loc.col > 0);
		KT_EQ_STR(diags.items[0].file, "test.json");
	}
	kapi_diag_list_free(&diags);

	/* not JSON at all; empty input; a scalar at the top */
	KT_EQ_INT(read_str("hello", &list, &diags), -1);
	KT_EQ_INT(kapi_json_read("", 0, "e", &list, &diags), -1);
	KT_EQ_INT(kapi_json_read(NULL, 0, "n", &list, &diags), -1);
	KT_EQ_INT(read_str("42", &list, &diags), -1);
	KT_EQ_INT(
		kapi_json_read("{\"name\": \"a\0\"}", 14, "nul", &list, &diags),
		-1);
	KT_EQ_INT(diags.count, 5);
	KT_EQ_INT(list.count, 0);
	kapi_diag_list_free(&diags);
}

/* A wrong-typed field fails only its spec, naming the spec and field. */
static void test_wrong_type(void)
{
	static const struct {
		const char *spec;
		const char *field;
	} cases[] = {
		{"{\"name\": \"bad\", \"parameters\": [{\"name\": \"x\"},"
		 " {\"name\": \"y\", \"flags\": [1]}]}",
		 "parameters[1].flags"},
		{"{\"name\": \"bad\", \"errors\": [{\"error_code\": \"x\"}]}",
		 "errors[0].error_code"},
		{"{\"name\": \"bad\", \"errors\": [], \"description\": 5}",
		 "description"},
		{"{\"name\": \"bad\", \"parameters\": {}}", "parameters"},
		{"{\"name\": \"bad\", \"return_spec\": {\"success_min\": 1.5}}",
		 "return_spec.success_min"},
		{"{\"name\": \"bad\", \"parameters\": [{\"min_value\": 1,"
		 " \"kapi_clang\": {\"min_value\": {\"state\": \"maybe\"}}}]}",
		 "state"},
		{"{\"name\": \"bad\", \"parameters\": [{\"min_value\": null,"
		 " \"kapi_clang\": {\"min_value\": {\"state\": "
		 "\"resolved\"}}}]}",
		 "parameters[0].min_value"},
		{"{\"name\": \"bad\", \"kapi_clang\": {\"param_count\": "
		 "\"2\"}}",
		 "kapi_clang.param_count"},
		{"{\"name\": \"bad\", \"locks\": [{\"kapi_clang\":"
		 " {\"loc\": [1]}}]}",
		 "locks[0].kapi_clang.loc"},
		{"{\"name\": \"bad\", \"signals\": [{\"priority\":"
		 " 99999999999}]}",
		 "signals[0].priority"},
		{"{\"name\": \"bad\", \"parameters\": [{\"enum_values\": [1],"
		 " \"kapi_clang\": {\"enum_values\": [null, null]}}]}",
		 "enum_values"},
		{"{\"name\": \"bad\", \"signals\": [{\"signal_num\":"
		 " \"0x1z\"}]}",
		 "signals[0].signal_num"},
		{"{\"name\": \"bad\", \"signal_masks\": [{\"signals\":"
		 " [2, \"SIGTERM\"]}]}",
		 "signal_masks[0].signals[1]"},
		{"{\"name\": \"bad\", \"signal_masks\": [{\"signals\": 2}]}",
		 "signal_masks[0].signals"},
		{"{\"name\": \"bad\", \"signal_masks\": {}}", "signal_masks"},
		{"{\"name\": \"bad\", \"struct_specs\": [{\"size\": true}]}",
		 "struct_specs[0].size"},
		{"{\"name\": \"bad\", \"struct_specs\": [{\"fields\":"
		 " [{\"name\": \"a\"}, {\"offset\": [0]}]}]}",
		 "struct_specs[0].fields[1].offset"},
		{"{\"name\": \"bad\", \"struct_specs\": [{\"fields\":"
		 " [{\"enum_values\": [1, 2]}]}]}",
		 "struct_specs[0].fields[0].enum_values"},
		{"{\"name\": \"bad\", \"struct_specs\": [{\"fields\": [3]}]}",
		 "struct_specs[0].fields[0]"},
		{"{\"name\": \"bad\", \"struct_specs\": [{\"fields\": [{"
		 "\"kapi_clang\": {\"valid_mask\": {\"state\": 1}}}]}]}",
		 "struct_specs[0].fields[0].kapi_clang.valid_mask"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct kapi_spec_list list = {0};
		struct kapi_diag_list diags = {0};
		char *text = kapi_xasprintf(
			"{\"apis\": [{\"name\": \"good1\", \"errors\": []}, %s,"
			" {\"name\": \"good2\", \"errors\": []}]}",
			cases[i].spec);

		KT_EQ_INT(read_str(text, &list, &diags), 2);
		if (KT_CHECK(list.count == 2)) {
			KT_EQ_STR(list.items[0]->name, "good1");
			KT_EQ_STR(list.items[1]->name, "good2");
		}
		if (KT_CHECK(diags.count == 1)) {
			KT_EQ_INT(diags.items[0].severity, KAPI_SEV_ERROR);
			KT_CHECK(strstr(diags.items[0].message, "'bad'"));
			if (!KT_CHECK(strstr(diags.items[0].message,
					     cases[i].field)))
				fprintf(stderr, "  case %zu: %s\n", i,
					diags.items[0].message);
		}
		free(text);
		kapi_spec_list_free(&list);
		kapi_diag_list_free(&diags);
	}
}

static void test_lenient_input(void)
{
	struct kapi_spec_list list = {0};
	struct kapi_diag_list diags = {0};
	const char *text =
		"{\"name\": \"sys_x\", \"context_flags\": \"0x21\","
		" \"parameters\": [{\"param_type\": \"file_descriptor\","
		"  \"constraint_type\": \"KAPI_CONSTRAINT_BUFFER\","
		"  \"flags\": \"input|user\", \"size_param_idx\": -1,"
		"  \"min_value\": \"-0x10\", \"max_value\": "
		"\"18446744073709551615\"},"
		"  {\"param_type\": \"quantum\"}],"
		" \"side_effects\": [{\"effect_type\": [\"alloc_memory\","
		"  \"KAPI_EFFECT_SCHEDULE\"]}]}";

	KT_EQ_INT(read_str(text, &list, &diags), 1);
	/* the unknown token warns and keeps the spec */
	KT_EQ_INT(kapi_diag_count(&diags, KAPI_SEV_ERROR), 0);
	KT_CHECK(has_diag(&diags, KAPI_SEV_WARNING, "quantum"));
	if (KT_CHECK(list.count == 1)) {
		struct kapi_spec *s = list.items[0];

		KT_EQ_INT(s->contexts, KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE);
		KT_EQ_INT(s->params[0].type, KAPI_TYPE_FD);
		KT_EQ_INT(s->params[0].constraint, KAPI_CONSTRAINT_BUFFER);
		KT_EQ_INT(s->params[0].flags, KAPI_PARAM_IN | KAPI_PARAM_USER);
		KT_EQ_INT(s->params[0].size_param_idx, -1);
		KT_EQ_INT(s->params[0].min.num, -16);
		KT_CHECK(!s->params[0].min.is_unsigned);
		KT_CHECK(s->params[0].max.num == -1);
		KT_CHECK(s->params[0].max.is_unsigned);
		KT_EQ_STR(s->params[0].max.text, "18446744073709551615");
		KT_EQ_INT(s->params[1].type, KAPI_TYPE_VOID);
		KT_EQ_INT(s->side_effects[0].types,
			  KAPI_EFFECT_ALLOC_MEMORY | KAPI_EFFECT_SCHEDULE);
	}
	kapi_spec_list_free(&list);
	kapi_diag_list_free(&diags);
}

/* Invalid UTF-8 in the model still exports as valid JSON. */
static void test_bad_utf8(void)
{
	struct kapi_spec *s = kapi_spec_new();
	struct kapi_spec_list list = {0};
	struct kapi_diag_list diags = {0};
	char *text;

	s->name = kapi_xstrdup("latin1");
	s->description = kapi_xstrdup("caf\xe9 \xed\xa0\x80 ok \xc3\xa9");
	text = kapi_json_spec_to_string(s);
	KT_EQ_INT(read_str(text, &list, &diags), 1);
	if (KT_CHECK(list.count == 1))
		KT_EQ_STR(list.items[0]->description,
			  "caf\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
			  " ok \xc3\xa9");
	free(text);
	kapi_spec_list_free(&list);
	kapi_diag_list_free(&diags);
	kapi_spec_free(s);
}

/* Random mutations of a valid export never crash the reader. */
static void test_mutations(void)
{
	struct kapi_spec *s = build_full();
	char *base = kapi_json_spec_to_string(s);
	size_t len = strlen(base);
	unsigned seed = 12345, crashes = 0;

	for (unsigned round = 0; round < 3000; round++) {
		char *buf = kapi_xstrdup(base);
		struct kapi_spec_list list = {0};
		struct kapi_diag_list diags = {0};
		long n;

		for (int k = 0; k < 3; k++) {
			seed = seed * 1103515245u + 12345u;
			buf[(seed >> 8) % len] = "\"{}[],:0x-9 \\nu"[seed % 15];
		}
		n = kapi_json_read(buf, len, "mut", &list, &diags);
		/* either not JSON with an error, or some specs */
		if (n < 0 && !kapi_diag_count(&diags, KAPI_SEV_ERROR))
			crashes++;
		if (n >= 0 && (size_t)n != list.count)
			crashes++;
		kapi_spec_list_free(&list);
		kapi_diag_list_free(&diags);
		free(buf);
	}
	KT_EQ_INT(crashes, 0);
	free(base);
	kapi_spec_free(s);
}

static void test_read_path(void)
{
	char dir[] = "/tmp/kapi-json-XXXXXX";
	struct kapi_spec_list list = {0};
	struct kapi_diag_list diags = {0};
	char *p;
	FILE *f;

	if (!KT_CHECK(mkdtemp(dir) != NULL))
		return;
	/* written out of order: reading is sorted by name */
	p = kapi_xasprintf("%s/sys_b", dir);
	f = fopen(p, "w");
	fputs("{\"name\": \"sys_b\"}", f);
	fclose(f);
	free(p);
	p = kapi_xasprintf("%s/sys_a", dir);
	f = fopen(p, "w");
	fputs("{\"api_details\": {\"name\": \"sys_a\"}}", f);
	fclose(f);
	free(p);
	p = kapi_xasprintf("%s/sub", dir);
	KT_CHECK(mkdir(p, 0700) == 0);
	free(p);

	KT_EQ_INT(kapi_json_read_path(dir, &list, &diags), 2);
	KT_EQ_INT(diags.count, 0);
	if (KT_CHECK(list.count == 2)) {
		KT_EQ_STR(list.items[0]->name, "sys_a");
		KT_EQ_STR(list.items[1]->name, "sys_b");
		KT_CHECK(strstr(list.items[0]->prov.file, "/sys_a") != NULL);
	}
	kapi_spec_list_free(&list);

	p = kapi_xasprintf("%s/sys_b", dir);
	KT_EQ_INT(kapi_json_read_path(p, &list, &diags), 1);
	KT_EQ_INT(list.count, 1);
	remove(p);
	free(p);
	kapi_spec_list_free(&list);

	p = kapi_xasprintf("%s/missing", dir);
	KT_EQ_INT(kapi_json_read_path(p, &list, &diags), -1);
	KT_CHECK(has_diag(&diags, KAPI_SEV_ERROR, "cannot read"));
	free(p);

	p = kapi_xasprintf("%s/sys_a", dir);
	remove(p);
	free(p);
	p = kapi_xasprintf("%s/sub", dir);
	rmdir(p);
	free(p);
	rmdir(dir);
	kapi_spec_list_free(&list);
	kapi_diag_list_free(&diags);
}

void kapi_test_group_json(void)
{
	test_round_trip_full();
	test_export_shape();
	test_round_trip_empty();
	test_list_round_trip();
	test_kernel_only();
	test_kernel_only_stable();
	test_shapes();
	test_streaming();
	test_malformed();
	test_wrong_type();
	test_lenient_input();
	test_bad_utf8();
	test_mutations();
	test_read_path();
}
