// SPDX-License-Identifier: MIT
#include "kapi_text.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_util.h"

static void kapi_num_format(const struct kapi_value *v, bool hex,
			    struct kapi_strbuf *out)
{
	if (hex)
		kapi_sb_printf(out, "0x%" PRIx64, (uint64_t)v->num);
	else if (v->is_unsigned)
		kapi_sb_printf(out, "%" PRIu64, (uint64_t)v->num);
	else
		kapi_sb_printf(out, "%" PRId64, v->num);
}

void kapi_value_format(const struct kapi_value *v, bool hex,
		       struct kapi_strbuf *out)
{
	struct kapi_strbuf num = {0};

	switch (v->state) {
	case KAPI_VALUE_ABSENT:
		kapi_sb_puts(out, "-");
		return;
	case KAPI_VALUE_INVALID:
		kapi_sb_printf(out, "%s (invalid)", v->text ? v->text : "?");
		return;
	case KAPI_VALUE_UNRESOLVED:
		kapi_sb_printf(out, "%s (unresolved)", v->text ? v->text : "?");
		return;
	case KAPI_VALUE_RESOLVED:
		break;
	}
	kapi_num_format(v, hex, &num);
	/* Show the written form only when it says more than the number. */
	if (v->text && strcmp(v->text, num.buf))
		kapi_sb_printf(out, "%s = %s", v->text, num.buf);
	else
		kapi_sb_puts(out, num.buf);
	kapi_sb_free(&num);
}

static void kapi_print_value(FILE *out, const char *label,
			     const struct kapi_value *v, bool hex)
{
	struct kapi_strbuf sb = {0};

	if (v->state == KAPI_VALUE_ABSENT)
		return;
	kapi_value_format(v, hex, &sb);
	fprintf(out, " %s=%s", label, sb.buf);
	kapi_sb_free(&sb);
}

/* Print the names of the set bits of `bits` joined by `sep`. */
static void kapi_print_bits(FILE *out, unsigned bits, unsigned nbits,
			    const char *(*name)(unsigned), const char *sep)
{
	bool first = true;

	for (unsigned i = 0; i < nbits; i++) {
		if (!(bits & (1u << i)))
			continue;
		fprintf(out, "%s%s", first ? "" : sep, name(i));
		first = false;
	}
	if (first)
		fputs("none", out);
}

static const char *kapi_str(const char *s)
{
	return s ? s : "";
}

static void kapi_print_param(FILE *out, size_t idx, const struct kapi_param *p)
{
	fprintf(out, "  param %zu %s: type %s, flags ", idx, kapi_str(p->name),
		kapi_type_name(p->type));
	kapi_print_bits(out, p->flags, KAPI_PARAM_FLAG_COUNT,
			kapi_param_flag_name, "|");
	fprintf(out, ", constraint %s", kapi_constraint_name(p->constraint));
	kapi_print_value(out, "min", &p->min, false);
	kapi_print_value(out, "max", &p->max, false);
	kapi_print_value(out, "mask", &p->mask, true);
	if (p->enum_count) {
		fputs(" values={", out);
		for (size_t i = 0; i < p->enum_count; i++) {
			struct kapi_strbuf sb = {0};

			kapi_value_format(&p->enum_values[i], false, &sb);
			fprintf(out, "%s%s", i ? ", " : "", sb.buf);
			kapi_sb_free(&sb);
		}
		fputs("}", out);
	}
	kapi_print_value(out, "alignment", &p->alignment, false);
	kapi_print_value(out, "size", &p->size, false);
	if (p->size_param_idx >= 0)
		fprintf(out, " size-param=%d", p->size_param_idx);
	for (size_t i = 0; i < p->arch_mask_count; i++) {
		struct kapi_strbuf sb = {0};

		kapi_value_format(&p->arch_masks[i].mask, true, &sb);
		fprintf(out, " arch-mask[%s]=%s",
			kapi_str(p->arch_masks[i].arch), sb.buf);
		kapi_sb_free(&sb);
	}
	if (p->type_name)
		fprintf(out, " (C type: %s)", p->type_name);
	fputc('\n', out);
}

static void kapi_print_return(FILE *out, const struct kapi_return *r)
{
	if (!r->present)
		return;
	fprintf(out, "  return: type %s, check %s", kapi_type_name(r->type),
		kapi_return_check_name(r->check));
	kapi_print_value(out, "success", &r->success, false);
	kapi_print_value(out, "success-min", &r->success_min, false);
	kapi_print_value(out, "success-max", &r->success_max, false);
	kapi_print_value(out, "failure", &r->failure, false);
	fputc('\n', out);
}

static void kapi_print_signal_mask(FILE *out, const struct kapi_signal_mask *m)
{
	fprintf(out, "  signal-mask %s: ", kapi_str(m->name));
	for (size_t i = 0; i < m->signal_count; i++) {
		struct kapi_strbuf sb = {0};

		kapi_value_format(&m->signals[i], false, &sb);
		fprintf(out, "%s%s", i ? ", " : "", sb.buf);
		kapi_sb_free(&sb);
	}
	if (!m->signal_count)
		fputs("none", out);
	fputc('\n', out);
}

/* One line for the struct, one per field, like the parameters'. */
static void kapi_print_struct_spec(FILE *out, const struct kapi_struct_spec *st)
{
	fprintf(out, "  struct %s:", kapi_str(st->name));
	kapi_print_value(out, "size", &st->size, false);
	kapi_print_value(out, "alignment", &st->alignment, false);
	fprintf(out, " fields=%zu\n", st->field_count);
	for (size_t i = 0; i < st->field_count; i++) {
		const struct kapi_struct_field *f = &st->fields[i];

		fprintf(out, "    field %s: type %s, flags ", kapi_str(f->name),
			kapi_type_name(f->type));
		kapi_print_bits(out, f->flags, KAPI_PARAM_FLAG_COUNT,
				kapi_param_flag_name, "|");
		fprintf(out, ", constraint %s",
			kapi_constraint_name(f->constraint));
		kapi_print_value(out, "offset", &f->offset, false);
		kapi_print_value(out, "size", &f->size, false);
		kapi_print_value(out, "min", &f->min, false);
		kapi_print_value(out, "max", &f->max, false);
		kapi_print_value(out, "mask", &f->mask, true);
		if (f->enum_values && *f->enum_values)
			fprintf(out, " values={%s}", f->enum_values);
		if (f->type_name)
			fprintf(out, " (C type: %s)", f->type_name);
		fputc('\n', out);
	}
}

/* A fact's value: the number first, then the code's own spelling. */
static void kapi_fact_value_format(const struct kapi_value *v, bool hex,
				   struct kapi_strbuf *out)
{
	struct kapi_strbuf num = {0};

	if (v->state != KAPI_VALUE_RESOLVED) {
		kapi_value_format(v, hex, out);
		return;
	}
	kapi_num_format(v, hex, &num);
	kapi_sb_puts(out, num.buf);
	if (v->text && strcmp(v->text, num.buf))
		kapi_sb_printf(out, " (%s)", v->text);
	kapi_sb_free(&num);
}

/* An error the code returns: as written, then the number. */
static void kapi_fact_error_format(const struct kapi_value *v,
				   struct kapi_strbuf *out)
{
	if (v->state == KAPI_VALUE_RESOLVED && v->text) {
		struct kapi_strbuf num = {0};

		kapi_num_format(v, false, &num);
		if (strcmp(v->text, num.buf))
			kapi_sb_printf(out, "%s (%s)", v->text, num.buf);
		else
			kapi_sb_puts(out, num.buf);
		kapi_sb_free(&num);
		return;
	}
	kapi_value_format(v, false, out);
}

/* One line per fact: `mined mask flags: 0x80800 (O_CLOEXEC) at f.c:12`. */
static void kapi_print_fact(FILE *out, const struct kapi_fact *f)
{
	struct kapi_strbuf sb = {0};

	kapi_sb_printf(&sb, "  mined %s", kapi_fact_kind_name(f->kind));
	if (f->param)
		kapi_sb_printf(&sb, " %s", f->param);
	if (f->kind == KAPI_FACT_ENUM) {
		kapi_sb_puts(&sb, ":");
		for (size_t i = 0; i < f->value_count; i++) {
			kapi_sb_puts(&sb, i ? ", " : " ");
			kapi_fact_value_format(&f->values[i], false, &sb);
		}
		if (!f->value_count)
			kapi_sb_puts(&sb, " none");
	} else if (f->kind == KAPI_FACT_ERROR) {
		kapi_sb_puts(&sb, " ");
		kapi_fact_error_format(&f->value, &sb);
	} else if (f->value.state != KAPI_VALUE_ABSENT) {
		kapi_sb_puts(&sb, ": ");
		kapi_fact_value_format(&f->value, f->kind == KAPI_FACT_MASK,
				       &sb);
	}
	if (f->file && f->loc.line)
		kapi_sb_printf(&sb, " at %s:%u", f->file, f->loc.line);
	else if (f->file)
		kapi_sb_printf(&sb, " at %s", f->file);
	fprintf(out, "%s\n", sb.buf);
	kapi_sb_free(&sb);
}

void kapi_spec_print_text(FILE *out, const struct kapi_spec *s)
{
	fprintf(out, "spec %s (%s)", kapi_str(s->name),
		s->kind == KAPI_KIND_SYSCALL ? "syscall" : "function");
	if (s->prov.file)
		fprintf(out, " at %s:%u", s->prov.file, s->prov.line);
	fprintf(out, " [%s]\n", kapi_source_kind_name(s->prov.source));
	if (s->description)
		fprintf(out, "  description: %s\n", s->description);
	if (s->prov.target)
		fprintf(out, "  target: %s\n", s->prov.target);
	fputs("  contexts: ", out);
	kapi_print_bits(out, s->contexts, KAPI_CTX_COUNT, kapi_context_name,
			", ");
	fputc('\n', out);
	for (size_t i = 0; i < s->param_count; i++)
		kapi_print_param(out, i, &s->params[i]);
	kapi_print_return(out, &s->ret);
	for (size_t i = 0; i < s->error_count; i++) {
		const struct kapi_error *e = &s->errors[i];
		struct kapi_strbuf sb = {0};

		kapi_value_format(&e->code, false, &sb);
		fprintf(out, "  error %s (%s)%s%s: %s\n", kapi_str(e->name),
			sb.buf, e->retry ? ", retry " : "",
			e->retry ? kapi_retry_name(e->retry) : "",
			kapi_str(e->summary ? e->summary : e->desc));
		kapi_sb_free(&sb);
	}
	for (size_t i = 0; i < s->lock_count; i++)
		fprintf(out, "  lock %s: %s\n", kapi_str(s->locks[i].name),
			kapi_lock_type_name(s->locks[i].type));
	for (size_t i = 0; i < s->signal_count; i++)
		fprintf(out, "  signal %s\n", kapi_str(s->signals[i].name));
	for (size_t i = 0; i < s->signal_mask_count; i++)
		kapi_print_signal_mask(out, &s->signal_masks[i]);
	for (size_t i = 0; i < s->capability_count; i++)
		fprintf(out, "  capability %s: %s\n",
			kapi_str(s->capabilities[i].name),
			kapi_cap_action_name(s->capabilities[i].action));
	for (size_t i = 0; i < s->side_effect_count; i++) {
		fputs("  side-effect ", out);
		kapi_print_bits(out, s->side_effects[i].types,
				KAPI_EFFECT_COUNT, kapi_effect_name, "|");
		fprintf(out, ": %s\n", kapi_str(s->side_effects[i].target));
	}
	for (size_t i = 0; i < s->state_trans_count; i++)
		fprintf(out, "  state-trans %s: %s -> %s\n",
			kapi_str(s->state_transitions[i].object),
			kapi_str(s->state_transitions[i].from),
			kapi_str(s->state_transitions[i].to));
	for (size_t i = 0; i < s->constraint_count; i++) {
		const struct kapi_constraint *c = &s->constraints[i];

		fprintf(out, "  constraint %s: %s", kapi_str(c->name),
			kapi_str(c->expr ? c->expr : c->desc));
		if (c->expr_resolved)
			fprintf(out, " [resolved: %s]", c->expr_resolved);
		fputc('\n', out);
	}
	for (size_t i = 0; i < s->struct_spec_count; i++)
		kapi_print_struct_spec(out, &s->struct_specs[i]);
	for (size_t i = 0; i < s->fact_count; i++)
		kapi_print_fact(out, &s->facts[i]);
}

static void kapi_rst_heading(FILE *out, const char *title, char under)
{
	size_t n = strlen(title);

	fprintf(out, "%s\n", title);
	while (n--)
		fputc(under, out);
	fputs("\n\n", out);
}

void kapi_spec_print_rst(FILE *out, const struct kapi_spec *s)
{
	char *title = kapi_xasprintf("%s%s%s", kapi_str(s->name),
				     s->description ? " - " : "",
				     kapi_str(s->description));

	kapi_rst_heading(out, title, '=');
	free(title);
	if (s->long_description)
		fprintf(out, "%s\n\n", s->long_description);
	fputs(":Contexts: ", out);
	kapi_print_bits(out, s->contexts, KAPI_CTX_COUNT, kapi_context_name,
			", ");
	fputc('\n', out);
	if (s->since_version)
		fprintf(out, ":Since: %s\n", s->since_version);
	if (s->prov.file)
		fprintf(out, ":Source: %s:%u\n", s->prov.file, s->prov.line);
	fputc('\n', out);
	if (s->param_count) {
		kapi_rst_heading(out, "Parameters", '-');
		for (size_t i = 0; i < s->param_count; i++) {
			const struct kapi_param *p = &s->params[i];

			fprintf(out, "``%s`` (%s, %s)\n", kapi_str(p->name),
				kapi_type_name(p->type),
				kapi_constraint_name(p->constraint));
			if (p->constraint_text)
				fprintf(out, "  Constraint: ``%s``\n",
					p->constraint_text);
			if (p->desc)
				fprintf(out, "  %s\n", p->desc);
			fputc('\n', out);
		}
	}
	if (s->ret.present) {
		kapi_rst_heading(out, "Return", '-');
		fprintf(out, "%s (check: %s)\n\n", kapi_type_name(s->ret.type),
			kapi_return_check_name(s->ret.check));
		if (s->ret.desc)
			fprintf(out, "%s\n\n", s->ret.desc);
	}
	if (s->error_count) {
		kapi_rst_heading(out, "Errors", '-');
		for (size_t i = 0; i < s->error_count; i++) {
			const struct kapi_error *e = &s->errors[i];

			fprintf(out, "``%s``\n  %s\n\n", kapi_str(e->name),
				kapi_str(e->summary ? e->summary : e->desc));
		}
	}
	if (s->notes)
		fprintf(out, ".. note::\n\n   %s\n\n", s->notes);
}
