// SPDX-License-Identifier: MIT
#include "kapi_spec.h"

#include <inttypes.h>

#include <stdlib.h>
#include <string.h>

#include "kapi_util.h"

/* ---- lifetime ---------------------------------------------------------- */

struct kapi_spec *kapi_spec_new(void)
{
	struct kapi_spec *s = kapi_xcalloc(1, sizeof(*s));

	s->param_count_declared = -1;
	return s;
}

void kapi_value_clear(struct kapi_value *v)
{
	free(v->text);
	memset(v, 0, sizeof(*v));
}

void kapi_value_copy(struct kapi_value *dst, const struct kapi_value *src)
{
	*dst = *src;
	dst->text = kapi_xstrdup(src->text);
}

void kapi_value_set_text(struct kapi_value *v, const char *text,
			 struct kapi_loc loc)
{
	free(v->text);
	v->text = kapi_xstrdup(text);
	v->state = KAPI_VALUE_UNRESOLVED;
	v->loc = loc;
}

void kapi_value_set_num(struct kapi_value *v, int64_t num, bool is_unsigned)
{
	v->state = KAPI_VALUE_RESOLVED;
	v->num = num;
	v->is_unsigned = is_unsigned;
}

void kapi_param_init(struct kapi_param *p)
{
	memset(p, 0, sizeof(*p));
	p->size_param_idx = -1;
}

static void kapi_param_release(struct kapi_param *p)
{
	free(p->name);
	free(p->type_name);
	free(p->desc);
	free(p->constraint_text);
	free(p->cdesc);
	free(p->struct_type);
	kapi_value_clear(&p->min);
	kapi_value_clear(&p->max);
	kapi_value_clear(&p->mask);
	kapi_value_clear(&p->alignment);
	kapi_value_clear(&p->size);
	kapi_value_clear(&p->size_multiplier);
	for (size_t i = 0; i < p->enum_count; i++)
		kapi_value_clear(&p->enum_values[i]);
	free(p->enum_values);
	for (size_t i = 0; i < p->arch_mask_count; i++) {
		free(p->arch_masks[i].arch);
		kapi_value_clear(&p->arch_masks[i].mask);
	}
	free(p->arch_masks);
}

static void kapi_return_release(struct kapi_return *r)
{
	free(r->type_name);
	free(r->desc);
	kapi_value_clear(&r->success);
	kapi_value_clear(&r->success_min);
	kapi_value_clear(&r->success_max);
	kapi_value_clear(&r->failure);
	for (size_t i = 0; i < r->error_value_count; i++)
		kapi_value_clear(&r->error_values[i]);
	free(r->error_values);
}

static void kapi_signal_mask_release(struct kapi_signal_mask *m)
{
	free(m->name);
	for (size_t i = 0; i < m->signal_count; i++)
		kapi_value_clear(&m->signals[i]);
	free(m->signals);
	free(m->desc);
}

static void kapi_struct_spec_release(struct kapi_struct_spec *st)
{
	free(st->name);
	kapi_value_clear(&st->size);
	kapi_value_clear(&st->alignment);
	for (size_t i = 0; i < st->field_count; i++) {
		struct kapi_struct_field *f = &st->fields[i];

		free(f->name);
		free(f->type_name);
		kapi_value_clear(&f->offset);
		kapi_value_clear(&f->size);
		kapi_value_clear(&f->min);
		kapi_value_clear(&f->max);
		kapi_value_clear(&f->mask);
		free(f->enum_values);
		free(f->desc);
	}
	free(st->fields);
	free(st->desc);
}

void kapi_fact_release(struct kapi_fact *f)
{
	free(f->param);
	kapi_value_clear(&f->value);
	for (size_t i = 0; i < f->value_count; i++)
		kapi_value_clear(&f->values[i]);
	free(f->values);
	free(f->file);
	memset(f, 0, sizeof(*f));
}

static bool kapi_fact_same(const struct kapi_fact *f, enum kapi_fact_kind kind,
			   const char *param)
{
	if (f->kind != kind)
		return false;
	if (!f->param || !param)
		return !f->param && !param;
	return !strcmp(f->param, param);
}

const struct kapi_fact *kapi_spec_find_fact(const struct kapi_spec *s,
					    enum kapi_fact_kind kind,
					    const char *param)
{
	for (size_t i = 0; i < s->fact_count; i++)
		if (kapi_fact_same(&s->facts[i], kind, param))
			return &s->facts[i];
	return NULL;
}

/* Signed comparison unless both numbers are unsigned. */
static bool kapi_num_less(const struct kapi_value *a,
			  const struct kapi_value *b)
{
	if (a->is_unsigned && b->is_unsigned)
		return (uint64_t)a->num < (uint64_t)b->num;
	return a->num < b->num;
}

/* Merge n into the fact o of the same kind and parameter; true when n's
 * value replaced o's (then n's text and place describe the result). */
static bool kapi_fact_merge(struct kapi_fact *o, const struct kapi_fact *n)
{
	switch (o->kind) {
	case KAPI_FACT_MASK:
		if ((o->value.num & n->value.num) != o->value.num) {
			/* Neither spelling names the intersection. */
			o->value.num &= n->value.num;
			free(o->value.text);
			o->value.text = kapi_xasprintf("0x%" PRIx64,
						       (uint64_t)o->value.num);
		}
		return false;
	case KAPI_FACT_MIN:
	case KAPI_FACT_ALIGNMENT:
		return kapi_num_less(&o->value, &n->value);
	case KAPI_FACT_MAX:
		return kapi_num_less(&n->value, &o->value);
	default:
		return false;
	}
}

void kapi_spec_add_fact(struct kapi_spec *s, struct kapi_fact *f)
{
	for (size_t i = 0; i < s->fact_count; i++) {
		struct kapi_fact *o = &s->facts[i];

		if (!kapi_fact_same(o, f->kind, f->param))
			continue;
		if (f->kind == KAPI_FACT_ERROR && o->value.num != f->value.num)
			continue;
		if (kapi_fact_merge(o, f)) {
			kapi_fact_release(o);
			*o = *f;
		} else {
			kapi_fact_release(f);
		}
		memset(f, 0, sizeof(*f));
		return;
	}
	kapi_grow((void **)&s->facts, &s->fact_cap, sizeof(*s->facts),
		  s->fact_count + 1);
	s->facts[s->fact_count++] = *f;
	memset(f, 0, sizeof(*f));
}

void kapi_spec_free(struct kapi_spec *s)
{
	if (!s)
		return;
	free(s->name);
	free(s->description);
	free(s->long_description);
	free(s->api_type);
	free(s->since_version);
	free(s->examples);
	free(s->notes);
	for (size_t i = 0; i < s->doc_param_count; i++) {
		free(s->doc_params[i].name);
		free(s->doc_params[i].desc);
	}
	free(s->doc_params);
	for (size_t i = 0; i < s->param_count; i++)
		kapi_param_release(&s->params[i]);
	free(s->params);
	kapi_return_release(&s->ret);
	for (size_t i = 0; i < s->error_count; i++) {
		struct kapi_error *e = &s->errors[i];

		free(e->name);
		kapi_value_clear(&e->code);
		free(e->summary);
		free(e->condition);
		free(e->desc);
	}
	free(s->errors);
	for (size_t i = 0; i < s->lock_count; i++) {
		free(s->locks[i].name);
		free(s->locks[i].desc);
	}
	free(s->locks);
	for (size_t i = 0; i < s->signal_count; i++) {
		struct kapi_signal *g = &s->signals[i];

		free(g->name);
		kapi_value_clear(&g->number);
		free(g->target);
		free(g->condition);
		free(g->desc);
		free(g->transform_to);
		kapi_value_clear(&g->error);
		kapi_value_clear(&g->sa_flags_required);
		kapi_value_clear(&g->sa_flags_forbidden);
		free(g->state_required);
		free(g->state_forbidden);
	}
	free(s->signals);
	for (size_t i = 0; i < s->capability_count; i++) {
		struct kapi_capability *c = &s->capabilities[i];

		free(c->name);
		kapi_value_clear(&c->number);
		free(c->allows);
		free(c->without);
		free(c->condition);
		free(c->desc);
	}
	free(s->capabilities);
	for (size_t i = 0; i < s->side_effect_count; i++) {
		free(s->side_effects[i].target);
		free(s->side_effects[i].condition);
		free(s->side_effects[i].desc);
	}
	free(s->side_effects);
	for (size_t i = 0; i < s->state_trans_count; i++) {
		struct kapi_state_trans *t = &s->state_transitions[i];

		free(t->object);
		free(t->from);
		free(t->to);
		free(t->condition);
		free(t->desc);
	}
	free(s->state_transitions);
	for (size_t i = 0; i < s->constraint_count; i++) {
		free(s->constraints[i].name);
		free(s->constraints[i].desc);
		free(s->constraints[i].expr);
		free(s->constraints[i].expr_resolved);
	}
	free(s->constraints);
	for (size_t i = 0; i < s->signal_mask_count; i++)
		kapi_signal_mask_release(&s->signal_masks[i]);
	free(s->signal_masks);
	for (size_t i = 0; i < s->struct_spec_count; i++)
		kapi_struct_spec_release(&s->struct_specs[i]);
	free(s->struct_specs);
	for (size_t i = 0; i < s->fact_count; i++)
		kapi_fact_release(&s->facts[i]);
	free(s->facts);
	free(s->prov.file);
	free(s->prov.target);
	free(s->prov.compiler);
	free(s->prov.kernel_version);
	free(s);
}

void kapi_spec_list_push(struct kapi_spec_list *l, struct kapi_spec *s)
{
	kapi_grow((void **)&l->items, &l->cap, sizeof(*l->items), l->count + 1);
	l->items[l->count++] = s;
}

void kapi_spec_list_free(struct kapi_spec_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		kapi_spec_free(l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = l->cap = 0;
}

int kapi_spec_param_index(const struct kapi_spec *spec, const char *name)
{
	for (size_t i = 0; i < spec->param_count; i++)
		if (spec->params[i].name && !strcmp(spec->params[i].name, name))
			return (int)i;
	return -1;
}

struct kapi_param *kapi_spec_find_param(const struct kapi_spec *spec,
					const char *name)
{
	int i = kapi_spec_param_index(spec, name);

	return i < 0 ? NULL : &spec->params[i];
}

/* ---- token tables ------------------------------------------------------ */

/*
 * One table per enumeration: short token, enumerator, optional alias.  The
 * array index is the enum value (or the bit number for bit sets).
 */
struct kapi_token {
	const char *name;
	const char *enumerator;
	const char *alias; /* another accepted short spelling */
};

/*
 * Other names the kernel's header gives some enumerators: macros of the
 * current header (KAPI_SIGNAL_TIME_BLOCKING is "while_blocked") and the
 * KAPI_PARAM_USER_PTR spelling of KAPI_PARAM_USER.  Compared exactly.
 */
static const struct {
	const char *alias, *enumerator;
} kapi_enumerator_aliases[] = {
	{"KAPI_PARAM_USER_PTR", "KAPI_PARAM_USER"},
	{"KAPI_SIGNAL_TIME_BLOCKING", "KAPI_SIGNAL_TIME_WHILE_BLOCKED"},
	{"KAPI_SIGNAL_TIME_SLEEPING", "KAPI_SIGNAL_TIME_WHILE_SLEEPING"},
};

#define KAPI_NTOK(t) (sizeof(t) / sizeof((t)[0]))

static const struct kapi_token kapi_type_tokens[] = {
	{"void", "KAPI_TYPE_VOID", NULL},
	{"int", "KAPI_TYPE_INT", NULL},
	{"uint", "KAPI_TYPE_UINT", NULL},
	{"ptr", "KAPI_TYPE_PTR", "pointer"},
	{"struct", "KAPI_TYPE_STRUCT", NULL},
	{"union", "KAPI_TYPE_UNION", NULL},
	{"enum", "KAPI_TYPE_ENUM", NULL},
	{"func_ptr", "KAPI_TYPE_FUNC_PTR", NULL},
	{"array", "KAPI_TYPE_ARRAY", NULL},
	{"fd", "KAPI_TYPE_FD", NULL},
	{"user_ptr", "KAPI_TYPE_USER_PTR", "uptr"},
	{"path", "KAPI_TYPE_PATH", NULL},
	{"custom", "KAPI_TYPE_CUSTOM", NULL},
};

static const struct kapi_token kapi_param_flag_tokens[] = {
	{"input", "KAPI_PARAM_IN", "in"},
	{"output", "KAPI_PARAM_OUT", "out"},
	{"inout", "KAPI_PARAM_INOUT", NULL},
	{"optional", "KAPI_PARAM_OPTIONAL", NULL},
	{"const", "KAPI_PARAM_CONST", NULL},
	{"volatile", "KAPI_PARAM_VOLATILE", NULL},
	{"user", "KAPI_PARAM_USER", NULL},
	{"dma", "KAPI_PARAM_DMA", NULL},
	{"aligned", "KAPI_PARAM_ALIGNED", NULL},
};

static const struct kapi_token kapi_constraint_tokens[] = {
	{"none", "KAPI_CONSTRAINT_NONE", NULL},
	{"range", "KAPI_CONSTRAINT_RANGE", NULL},
	{"mask", "KAPI_CONSTRAINT_MASK", NULL},
	{"enum", "KAPI_CONSTRAINT_ENUM", NULL},
	{"alignment", "KAPI_CONSTRAINT_ALIGNMENT", "aligned"},
	{"power_of_two", "KAPI_CONSTRAINT_POWER_OF_TWO", NULL},
	{"page_aligned", "KAPI_CONSTRAINT_PAGE_ALIGNED", NULL},
	{"nonzero", "KAPI_CONSTRAINT_NONZERO", NULL},
	{"user_string", "KAPI_CONSTRAINT_USER_STRING", NULL},
	{"user_path", "KAPI_CONSTRAINT_USER_PATH", NULL},
	{"user_ptr", "KAPI_CONSTRAINT_USER_PTR", NULL},
	{"custom", "KAPI_CONSTRAINT_CUSTOM", NULL},
	{"buffer", "KAPI_CONSTRAINT_BUFFER", NULL},
};

static const struct kapi_token kapi_context_tokens[] = {
	{"process", "KAPI_CTX_PROCESS", NULL},
	{"softirq", "KAPI_CTX_SOFTIRQ", NULL},
	{"hardirq", "KAPI_CTX_HARDIRQ", NULL},
	{"nmi", "KAPI_CTX_NMI", NULL},
	{"atomic", "KAPI_CTX_ATOMIC", NULL},
	{"sleepable", "KAPI_CTX_SLEEPABLE", NULL},
	{"preempt_disabled", "KAPI_CTX_PREEMPT_DISABLED", NULL},
	{"irq_disabled", "KAPI_CTX_IRQ_DISABLED", NULL},
};

static const struct kapi_token kapi_return_check_tokens[] = {
	{"none", NULL, NULL},
	{"exact", "KAPI_RETURN_EXACT", NULL},
	{"range", "KAPI_RETURN_RANGE", NULL},
	{"error_check", "KAPI_RETURN_ERROR_CHECK", NULL},
	{"fd", "KAPI_RETURN_FD", NULL},
	{"custom", "KAPI_RETURN_CUSTOM", NULL},
	{"no_return", "KAPI_RETURN_NO_RETURN", NULL},
};

static const struct kapi_token kapi_lock_type_tokens[] = {
	{"none", "KAPI_LOCK_NONE", NULL},
	{"mutex", "KAPI_LOCK_MUTEX", NULL},
	{"spinlock", "KAPI_LOCK_SPINLOCK", NULL},
	{"rwlock", "KAPI_LOCK_RWLOCK", NULL},
	{"seqlock", "KAPI_LOCK_SEQLOCK", NULL},
	{"rcu", "KAPI_LOCK_RCU", NULL},
	{"semaphore", "KAPI_LOCK_SEMAPHORE", NULL},
	{"custom", "KAPI_LOCK_CUSTOM", NULL},
};

static const struct kapi_token kapi_lock_scope_tokens[] = {
	{"none", NULL, NULL},
	{"internal", "KAPI_LOCK_INTERNAL", NULL},
	{"acquires", "KAPI_LOCK_ACQUIRES", NULL},
	{"releases", "KAPI_LOCK_RELEASES", NULL},
	{"caller_held", "KAPI_LOCK_CALLER_HELD", NULL},
};

static const struct kapi_token kapi_signal_direction_tokens[] = {
	{"receive", "KAPI_SIGNAL_RECEIVE", NULL},
	{"send", "KAPI_SIGNAL_SEND", NULL},
	{"handle", "KAPI_SIGNAL_HANDLE", NULL},
	{"block", "KAPI_SIGNAL_BLOCK", NULL},
	{"ignore", "KAPI_SIGNAL_IGNORE", NULL},
};

static const struct kapi_token kapi_signal_action_tokens[] = {
	{"none", NULL, NULL},
	{"default", "KAPI_SIGNAL_ACTION_DEFAULT", NULL},
	{"terminate", "KAPI_SIGNAL_ACTION_TERMINATE", NULL},
	{"coredump", "KAPI_SIGNAL_ACTION_COREDUMP", NULL},
	{"stop", "KAPI_SIGNAL_ACTION_STOP", NULL},
	{"continue", "KAPI_SIGNAL_ACTION_CONTINUE", NULL},
	{"custom", "KAPI_SIGNAL_ACTION_CUSTOM", NULL},
	{"return", "KAPI_SIGNAL_ACTION_RETURN", NULL},
	{"restart", "KAPI_SIGNAL_ACTION_RESTART", NULL},
	{"queue", "KAPI_SIGNAL_ACTION_QUEUE", NULL},
	{"discard", "KAPI_SIGNAL_ACTION_DISCARD", NULL},
	{"transform", "KAPI_SIGNAL_ACTION_TRANSFORM", NULL},
};

static const struct kapi_token kapi_signal_timing_tokens[] = {
	{"none", NULL, NULL},
	{"entry", "KAPI_SIGNAL_TIME_ENTRY", NULL},
	{"during", "KAPI_SIGNAL_TIME_DURING", NULL},
	{"exit", "KAPI_SIGNAL_TIME_EXIT", NULL},
	{"anytime", "KAPI_SIGNAL_TIME_ANYTIME", NULL},
	{"while_blocked", "KAPI_SIGNAL_TIME_WHILE_BLOCKED", NULL},
	{"while_sleeping", "KAPI_SIGNAL_TIME_WHILE_SLEEPING", NULL},
	{"before", "KAPI_SIGNAL_TIME_BEFORE", NULL},
	{"after", "KAPI_SIGNAL_TIME_AFTER", NULL},
};

static const struct kapi_token kapi_cap_action_tokens[] = {
	{"none", NULL, NULL},
	{"bypass_check", "KAPI_CAP_BYPASS_CHECK", NULL},
	{"increase_limit", "KAPI_CAP_INCREASE_LIMIT", NULL},
	{"override_restriction", "KAPI_CAP_OVERRIDE_RESTRICTION", NULL},
	{"grant_permission", "KAPI_CAP_GRANT_PERMISSION", NULL},
	{"modify_behavior", "KAPI_CAP_MODIFY_BEHAVIOR", NULL},
	{"access_resource", "KAPI_CAP_ACCESS_RESOURCE", NULL},
	{"perform_operation", "KAPI_CAP_PERFORM_OPERATION", NULL},
};

static const struct kapi_token kapi_effect_tokens[] = {
	{"alloc_memory", "KAPI_EFFECT_ALLOC_MEMORY", NULL},
	{"free_memory", "KAPI_EFFECT_FREE_MEMORY", NULL},
	{"modify_state", "KAPI_EFFECT_MODIFY_STATE", NULL},
	{"signal_send", "KAPI_EFFECT_SIGNAL_SEND", NULL},
	{"file_position", "KAPI_EFFECT_FILE_POSITION", NULL},
	{"lock_acquire", "KAPI_EFFECT_LOCK_ACQUIRE", NULL},
	{"lock_release", "KAPI_EFFECT_LOCK_RELEASE", NULL},
	{"resource_create", "KAPI_EFFECT_RESOURCE_CREATE", NULL},
	{"resource_destroy", "KAPI_EFFECT_RESOURCE_DESTROY", NULL},
	{"schedule", "KAPI_EFFECT_SCHEDULE", NULL},
	{"hardware", "KAPI_EFFECT_HARDWARE", NULL},
	{"network", "KAPI_EFFECT_NETWORK", NULL},
	{"filesystem", "KAPI_EFFECT_FILESYSTEM", NULL},
	{"process_state", "KAPI_EFFECT_PROCESS_STATE", NULL},
	{"irreversible", "KAPI_EFFECT_IRREVERSIBLE", NULL},
};

/*
 * Side-effect words that stand for several bits (or none): the header's
 * KAPI_EFFECT_NONE (= 0) and its KAPI_EFFECTS_* helper macros.
 */
static const struct {
	const char *name; /* short token; the groups have none */
	const char *enumerator;
	unsigned bits;
} kapi_effect_sets[] = {
	{"none", "KAPI_EFFECT_NONE", 0},
	{NULL, "KAPI_EFFECTS_MEMORY",
	 KAPI_EFFECT_ALLOC_MEMORY | KAPI_EFFECT_FREE_MEMORY},
	{NULL, "KAPI_EFFECTS_LOCKING",
	 KAPI_EFFECT_LOCK_ACQUIRE | KAPI_EFFECT_LOCK_RELEASE},
	{NULL, "KAPI_EFFECTS_RESOURCES",
	 KAPI_EFFECT_RESOURCE_CREATE | KAPI_EFFECT_RESOURCE_DESTROY},
	{NULL, "KAPI_EFFECTS_IO", KAPI_EFFECT_NETWORK | KAPI_EFFECT_FILESYSTEM},
};

static const struct kapi_token kapi_source_tokens[] = {
	{"unknown", NULL, NULL},      {"comment-short", NULL, NULL},
	{"comment-enum", NULL, NULL}, {"comment-flat", NULL, NULL},
	{"compiled", NULL, NULL},     {"json", NULL, NULL},
	{"mined", NULL, NULL},
};

static const struct kapi_token kapi_fact_tokens[] = {
	{"none", NULL, NULL},	   {"mask", NULL, NULL},
	{"enum", NULL, NULL},	   {"min", NULL, NULL},
	{"max", NULL, NULL},	   {"nonzero", NULL, NULL},
	{"alignment", NULL, NULL}, {"error", NULL, NULL},
};

static const struct kapi_token kapi_verify_tokens[] = {
	{"unverified", NULL, NULL},
	{"ok", NULL, NULL},
	{"warnings", NULL, NULL},
	{"errors", NULL, NULL},
};

static const char *kapi_tok_name(const struct kapi_token *t, size_t n,
				 unsigned i)
{
	return i < n ? t[i].name : NULL;
}

static const char *kapi_tok_enum(const struct kapi_token *t, size_t n,
				 unsigned i)
{
	return i < n ? t[i].enumerator : NULL;
}

static int kapi_tok_lookup(const struct kapi_token *t, size_t n,
			   const char *tok)
{
	if (!tok)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (kapi_streq_nocase(tok, t[i].name) ||
		    (t[i].alias && kapi_streq_nocase(tok, t[i].alias)) ||
		    (t[i].enumerator && !strcmp(tok, t[i].enumerator)))
			return (int)i;
	}
	for (size_t i = 0; i < KAPI_NTOK(kapi_enumerator_aliases); i++)
		if (!strcmp(tok, kapi_enumerator_aliases[i].alias))
			return kapi_tok_lookup(
				t, n, kapi_enumerator_aliases[i].enumerator);
	return -1;
}

#define KAPI_TOKEN_FUNCS(fn, table, argtype)                                   \
	const char *kapi_##fn##_name(argtype v)                                \
	{                                                                      \
		return kapi_tok_name(table, KAPI_NTOK(table), (unsigned)v);    \
	}                                                                      \
	int kapi_##fn##_from_token(const char *tok)                            \
	{                                                                      \
		return kapi_tok_lookup(table, KAPI_NTOK(table), tok);          \
	}
#define KAPI_TOKEN_ENUM_FUNC(fn, table, argtype)                               \
	const char *kapi_##fn##_enumerator(argtype v)                          \
	{                                                                      \
		return kapi_tok_enum(table, KAPI_NTOK(table), (unsigned)v);    \
	}

bool kapi_param_c_pointer(const struct kapi_param *p)
{
	if (p->type_name)
		return strchr(p->type_name, '*') != NULL ||
		       strchr(p->type_name, '[') != NULL;
	return kapi_param_is_pointer(p);
}

const char *kapi_retry_name(enum kapi_retry r)
{
	return r == KAPI_RETRY_YES ? "yes" : r == KAPI_RETRY_NO ? "no" : NULL;
}

KAPI_TOKEN_FUNCS(type, kapi_type_tokens, enum kapi_type)
KAPI_TOKEN_ENUM_FUNC(type, kapi_type_tokens, enum kapi_type)
KAPI_TOKEN_FUNCS(param_flag, kapi_param_flag_tokens, unsigned)
KAPI_TOKEN_ENUM_FUNC(param_flag, kapi_param_flag_tokens, unsigned)
KAPI_TOKEN_FUNCS(constraint, kapi_constraint_tokens, enum kapi_constraint_kind)
KAPI_TOKEN_ENUM_FUNC(constraint, kapi_constraint_tokens,
		     enum kapi_constraint_kind)
KAPI_TOKEN_FUNCS(context, kapi_context_tokens, unsigned)
KAPI_TOKEN_ENUM_FUNC(context, kapi_context_tokens, unsigned)
KAPI_TOKEN_FUNCS(return_check, kapi_return_check_tokens, enum kapi_return_check)
KAPI_TOKEN_ENUM_FUNC(return_check, kapi_return_check_tokens,
		     enum kapi_return_check)
KAPI_TOKEN_FUNCS(lock_type, kapi_lock_type_tokens, enum kapi_lock_type)
KAPI_TOKEN_ENUM_FUNC(lock_type, kapi_lock_type_tokens, enum kapi_lock_type)
KAPI_TOKEN_FUNCS(lock_scope, kapi_lock_scope_tokens, enum kapi_lock_scope)
KAPI_TOKEN_ENUM_FUNC(lock_scope, kapi_lock_scope_tokens, enum kapi_lock_scope)
KAPI_TOKEN_FUNCS(signal_direction, kapi_signal_direction_tokens, unsigned)
KAPI_TOKEN_ENUM_FUNC(signal_direction, kapi_signal_direction_tokens, unsigned)
KAPI_TOKEN_FUNCS(signal_action, kapi_signal_action_tokens,
		 enum kapi_signal_action)
KAPI_TOKEN_ENUM_FUNC(signal_action, kapi_signal_action_tokens,
		     enum kapi_signal_action)
KAPI_TOKEN_FUNCS(signal_timing, kapi_signal_timing_tokens,
		 enum kapi_signal_timing)
KAPI_TOKEN_ENUM_FUNC(signal_timing, kapi_signal_timing_tokens,
		     enum kapi_signal_timing)
KAPI_TOKEN_FUNCS(cap_action, kapi_cap_action_tokens, enum kapi_cap_action)
KAPI_TOKEN_ENUM_FUNC(cap_action, kapi_cap_action_tokens, enum kapi_cap_action)
KAPI_TOKEN_FUNCS(effect, kapi_effect_tokens, unsigned)
KAPI_TOKEN_ENUM_FUNC(effect, kapi_effect_tokens, unsigned)
bool kapi_effect_set_from_token(const char *tok, unsigned *bits)
{
	int b = kapi_effect_from_token(tok);

	if (b >= 0) {
		*bits = 1u << b;
		return true;
	}
	if (!tok)
		return false;
	for (size_t i = 0; i < KAPI_NTOK(kapi_effect_sets); i++) {
		const char *n = kapi_effect_sets[i].name;

		if ((n && kapi_streq_nocase(tok, n)) ||
		    !strcmp(tok, kapi_effect_sets[i].enumerator)) {
			*bits = kapi_effect_sets[i].bits;
			return true;
		}
	}
	return false;
}

KAPI_TOKEN_FUNCS(fact_kind, kapi_fact_tokens, enum kapi_fact_kind)
KAPI_TOKEN_FUNCS(source_kind, kapi_source_tokens, enum kapi_source_kind)
KAPI_TOKEN_FUNCS(verify_state, kapi_verify_tokens, enum kapi_verify_state)

/* ---- names the parser validates ---------------------------------------- */

/* Every errno name Linux defines on some architecture (asm-generic plus
 * arch additions and the kernel-internal codes syscalls can leak). */
static const char *const kapi_errno_names[] = {
	"EPERM",
	"ENOENT",
	"ESRCH",
	"EINTR",
	"EIO",
	"ENXIO",
	"E2BIG",
	"ENOEXEC",
	"EBADF",
	"ECHILD",
	"EAGAIN",
	"ENOMEM",
	"EACCES",
	"EFAULT",
	"ENOTBLK",
	"EBUSY",
	"EEXIST",
	"EXDEV",
	"ENODEV",
	"ENOTDIR",
	"EISDIR",
	"EINVAL",
	"ENFILE",
	"EMFILE",
	"ENOTTY",
	"ETXTBSY",
	"EFBIG",
	"ENOSPC",
	"ESPIPE",
	"EROFS",
	"EMLINK",
	"EPIPE",
	"EDOM",
	"ERANGE",
	"EDEADLK",
	"ENAMETOOLONG",
	"ENOLCK",
	"ENOSYS",
	"ENOTEMPTY",
	"ELOOP",
	"EWOULDBLOCK",
	"ENOMSG",
	"EIDRM",
	"ECHRNG",
	"EL2NSYNC",
	"EL3HLT",
	"EL3RST",
	"ELNRNG",
	"EUNATCH",
	"ENOCSI",
	"EL2HLT",
	"EBADE",
	"EBADR",
	"EXFULL",
	"ENOANO",
	"EBADRQC",
	"EBADSLT",
	"EDEADLOCK",
	"EBFONT",
	"ENOSTR",
	"ENODATA",
	"ETIME",
	"ENOSR",
	"ENONET",
	"ENOPKG",
	"EREMOTE",
	"ENOLINK",
	"EADV",
	"ESRMNT",
	"ECOMM",
	"EPROTO",
	"EMULTIHOP",
	"EDOTDOT",
	"EBADMSG",
	"EOVERFLOW",
	"ENOTUNIQ",
	"EBADFD",
	"EREMCHG",
	"ELIBACC",
	"ELIBBAD",
	"ELIBSCN",
	"ELIBMAX",
	"ELIBEXEC",
	"EILSEQ",
	"ERESTART",
	"ESTRPIPE",
	"EUSERS",
	"ENOTSOCK",
	"EDESTADDRREQ",
	"EMSGSIZE",
	"EPROTOTYPE",
	"ENOPROTOOPT",
	"EPROTONOSUPPORT",
	"ESOCKTNOSUPPORT",
	"EOPNOTSUPP",
	"ENOTSUP",
	"EPFNOSUPPORT",
	"EAFNOSUPPORT",
	"EADDRINUSE",
	"EADDRNOTAVAIL",
	"ENETDOWN",
	"ENETUNREACH",
	"ENETRESET",
	"ECONNABORTED",
	"ECONNRESET",
	"ENOBUFS",
	"EISCONN",
	"ENOTCONN",
	"ESHUTDOWN",
	"ETOOMANYREFS",
	"ETIMEDOUT",
	"ECONNREFUSED",
	"EHOSTDOWN",
	"EHOSTUNREACH",
	"EALREADY",
	"EINPROGRESS",
	"ESTALE",
	"EUCLEAN",
	"ENOTNAM",
	"ENAVAIL",
	"EISNAM",
	"EREMOTEIO",
	"EDQUOT",
	"ENOMEDIUM",
	"EMEDIUMTYPE",
	"ECANCELED",
	"ENOKEY",
	"EKEYEXPIRED",
	"EKEYREVOKED",
	"EKEYREJECTED",
	"EOWNERDEAD",
	"ENOTRECOVERABLE",
	"ERFKILL",
	"EHWPOISON",
	/* kernel-internal codes (include/linux/errno.h) */
	"ERESTARTSYS",
	"ERESTARTNOINTR",
	"ERESTARTNOHAND",
	"ENOIOCTLCMD",
	"ERESTART_RESTARTBLOCK",
	"EPROBE_DEFER",
	"EOPENSTALE",
	"ENOPARAM",
	"EBADHANDLE",
	"ENOTSYNC",
	"EBADCOOKIE",
	"ENOTSUPP",
	"ETOOSMALL",
	"ESERVERFAULT",
	"EBADTYPE",
	"EJUKEBOX",
	"EIOCBQUEUED",
	"ERECALLCONFLICT",
	"ENOGRACE",
	/* architecture-only names */
	"ENOSYM",
	"ENOTACTIVE",
	"ECANTEXTENT",
	"EINIT",
	"EREMDEV",
	"EPROCLIM",
	"EDQUOT",
	"ELOCKUNMAPPED",
	"ENOTACTIVE",
};

bool kapi_is_errno_name(const char *name)
{
	if (!name)
		return false;
	for (size_t i = 0; i < KAPI_NTOK(kapi_errno_names); i++)
		if (!strcmp(name, kapi_errno_names[i]))
			return true;
	return false;
}

static const char *const kapi_arch_names[] = {
	"alpha",     "arc",	"arm",	      "arm64", "csky",	"hexagon",
	"loongarch", "m68k",	"microblaze", "mips",  "nios2", "openrisc",
	"parisc",    "powerpc", "riscv",      "s390",  "sh",	"sparc",
	"um",	     "x86",	"xtensa",
};

bool kapi_param_is_pointer(const struct kapi_param *p)
{
	switch (p->type) {
	case KAPI_TYPE_PTR:
	case KAPI_TYPE_USER_PTR:
	case KAPI_TYPE_PATH:
	case KAPI_TYPE_FUNC_PTR:
	case KAPI_TYPE_ARRAY:
		return true;
	default:
		break;
	}
	switch (p->constraint) {
	case KAPI_CONSTRAINT_USER_PTR:
	case KAPI_CONSTRAINT_USER_STRING:
	case KAPI_CONSTRAINT_USER_PATH:
	case KAPI_CONSTRAINT_BUFFER:
		return true;
	default:
		return false;
	}
}

bool kapi_is_arch_name(const char *name)
{
	if (!name)
		return false;
	for (size_t i = 0; i < KAPI_NTOK(kapi_arch_names); i++)
		if (!strcmp(name, kapi_arch_names[i]))
			return true;
	return false;
}

/* The first component of a target triple names the CPU; the kernel groups
 * CPUs into its arch directories.  Longer prefixes come first. */
const char *kapi_arch_from_triple(const char *triple)
{
	static const struct {
		const char *prefix, *arch;
	} map[] = {
		{"x86_64", "x86"},
		{"i386", "x86"},
		{"i486", "x86"},
		{"i586", "x86"},
		{"i686", "x86"},
		{"aarch64", "arm64"},
		{"arm64", "arm64"},
		{"arm", "arm"},
		{"thumb", "arm"},
		{"riscv", "riscv"},
		{"powerpc", "powerpc"},
		{"ppc", "powerpc"},
		{"s390", "s390"},
		{"mips", "mips"},
		{"loongarch", "loongarch"},
		{"sparc", "sparc"},
		{"m68k", "m68k"},
		{"hexagon", "hexagon"},
		{"csky", "csky"},
		{"xtensa", "xtensa"},
		{"alpha", "alpha"},
		{"hppa", "parisc"},
		{"or1k", "openrisc"},
		{"microblaze", "microblaze"},
		{"nios2", "nios2"},
		{"arc", "arc"},
		{"sh", "sh"},
	};

	if (!triple)
		return NULL;
	for (size_t i = 0; i < KAPI_NTOK(map); i++)
		if (!strncmp(triple, map[i].prefix, strlen(map[i].prefix)))
			return map[i].arch;
	return NULL;
}

/* Older headers give INOUT a bit of its own; the current one defines it as
 * IN | OUT.  Both mean the same, so comparisons use the current form. */
unsigned kapi_param_flags_canonical(unsigned flags)
{
	if (flags & KAPI_PARAM_INOUT)
		flags = (flags & ~(unsigned)KAPI_PARAM_INOUT) | KAPI_PARAM_IN |
			KAPI_PARAM_OUT;
	return flags;
}
