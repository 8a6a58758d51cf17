// SPDX-License-Identifier: MIT
/*
 * kapi-check: flags userspace call sites that break a kernel API contract
 * recorded in a spec database.  This file is the driver: options, the
 * database and bindings, one libclang translation unit per input file, the
 * walk over function bodies, and the exit status.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <clang-c/CXCompilationDatabase.h>

#include "kapi_check.h"
#include "kapi_db.h"
#include "kapi_progress.h"
#include "kapi_util.h"

enum { KAPI_EXIT_CLEAN = 0, KAPI_EXIT_FINDINGS = 1, KAPI_EXIT_SETUP = 2 };

/*
 * What applies to a file: the command line merged with the nearest
 * .kapi-check.  Files that share a config file share a profile.
 */
struct kapi_profile {
	char *config; /* the .kapi-check, or NULL */
	struct kapi_bindings bindings;
	bool *rule_on;
	bool werror;
	char *uret_ignore; /* the file's list, then the command line's */
};

struct kapi_checker {
	struct kapi_options opt;
	struct kapi_spec_store *specs;
	char *db_target;
	struct kapi_profile *profiles;
	size_t profile_count, profile_cap;
	size_t *file_profile; /* per opt.files entry */
	size_t list_profile;  /* for --list-checks: the current directory's */
	CXIndex index;
	CXCompilationDatabase cdb;
	struct kapi_findings findings;
	bool setup_error;
};

/* ---- where things are --------------------------------------------------- */

/* <exe dir>/../share/kapi-clang/NAME when readable, else the install path
 * (the same rule kapi-db uses for the default database). */
static char *kapi_share_file(const char *name, const char *installed)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (n > 0) {
		char *slash, *path;

		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			path = kapi_xasprintf("%s/../share/kapi-clang/%s", exe,
					      name);
			if (access(path, R_OK) == 0)
				return path;
			free(path);
		}
	}
	return kapi_xstrdup(installed);
}

static char *kapi_db_path(const char *opt)
{
	const char *env = getenv("KAPI_DB");

	if (opt)
		return kapi_xstrdup(opt);
	if (env && *env)
		return kapi_xstrdup(env);
	return kapi_share_file("default.db", KAPI_DEFAULT_DB_INSTALL);
}

static int kapi_load_db(struct kapi_checker *ck)
{
	char *path = kapi_db_path(ck->opt.db), *err = NULL;
	int rc = kapi_spec_store_open(path, &ck->specs, &ck->db_target, &err);

	if (rc)
		fprintf(stderr, "kapi-check: error: %s: %s\n", path,
			err ? err : "cannot read the spec database");
	free(err);
	free(path);
	return rc;
}

/* Shipped bindings, then the config file's, then --bindings: later lines
 * override earlier ones, so the command line wins. */
static int kapi_load_bindings(struct kapi_checker *ck, struct kapi_profile *p,
			      const struct kapi_config *cfg)
{
	char *shipped = kapi_share_file("bindings.txt",
					KAPI_SHARE_INSTALL "/bindings.txt");
	char *err = NULL;
	size_t i;
	int rc = kapi_bindings_load(&p->bindings, shipped, &err);

	free(shipped);
	for (i = 0; !rc && cfg && i < cfg->binding_count; i++)
		rc = kapi_bindings_load(&p->bindings, cfg->bindings[i], &err);
	for (i = 0; !rc && i < ck->opt.binding_count; i++)
		rc = kapi_bindings_load(&p->bindings, ck->opt.bindings[i],
					&err);
	if (rc) {
		fprintf(stderr, "kapi-check: error: %s\n", err);
		free(err);
	}
	return rc;
}

static int kapi_profile_init(struct kapi_checker *ck, struct kapi_profile *p,
			     const char *config)
{
	struct kapi_config cfg = {0};
	char *err = NULL, *globs;
	size_t i;
	int rc = 0;

	p->config = kapi_xstrdup(config);
	if (config && kapi_config_load(config, &cfg, &err)) {
		fprintf(stderr, "kapi-check: error: %s\n", err);
		free(err);
		kapi_config_free(&cfg);
		return -1;
	}
	/* clang-tidy order: default, then the file's globs, then the
	 * command line's; the last glob that matches decides. */
	globs = kapi_xasprintf(
		"%s%s%s%s%s", KAPI_DEFAULT_CHECKS, cfg.checks ? "," : "",
		cfg.checks ? cfg.checks : "", ck->opt.cli_checks ? "," : "",
		ck->opt.cli_checks ? ck->opt.cli_checks : "");
	p->rule_on = kapi_xcalloc(kapi_rule_count, sizeof(*p->rule_on));
	for (i = 0; i < kapi_rule_count; i++)
		p->rule_on[i] = kapi_checks_enabled(globs, kapi_rules[i]->name);
	free(globs);
	p->werror = ck->opt.werror >= 0 ? ck->opt.werror == 1 : cfg.werror == 1;
	if (cfg.uret_ignore || ck->opt.uret_ignore)
		p->uret_ignore = kapi_xasprintf(
			"%s,%s", cfg.uret_ignore ? cfg.uret_ignore : "",
			ck->opt.uret_ignore ? ck->opt.uret_ignore : "");
	if (!ck->opt.list_checks)
		rc = kapi_load_bindings(ck, p, config ? &cfg : NULL);
	kapi_config_free(&cfg);
	return rc;
}

/* The profile for a source file, made on first use. */
static int kapi_profile_for(struct kapi_checker *ck, const char *source,
			    size_t *out)
{
	char *config = kapi_config_find(source);
	struct kapi_profile *p;
	size_t i;

	for (i = 0; i < ck->profile_count; i++) {
		const char *c = ck->profiles[i].config;

		if ((!c && !config) || (c && config && !strcmp(c, config))) {
			free(config);
			*out = i;
			return 0;
		}
	}
	p = KAPI_APPEND(ck->profiles, ck->profile_count, ck->profile_cap);
	memset(p, 0, sizeof(*p));
	*out = ck->profile_count - 1;
	i = (size_t)kapi_profile_init(ck, p, config);
	free(config);
	return i ? -1 : 0;
}

static void kapi_profiles_free(struct kapi_checker *ck)
{
	size_t i;

	for (i = 0; i < ck->profile_count; i++) {
		free(ck->profiles[i].config);
		free(ck->profiles[i].rule_on);
		free(ck->profiles[i].uret_ignore);
		kapi_bindings_free(&ck->profiles[i].bindings);
	}
	free(ck->profiles);
	free(ck->file_profile);
}

const struct kapi_spec *kapi_tu_find_spec(const struct kapi_tu *tu,
					  const char *name)
{
	return kapi_spec_store_find(tu->specs, name);
}

/* ---- the target --------------------------------------------------------- */

static char *kapi_tu_triple(CXTranslationUnit tu)
{
	CXTargetInfo ti = clang_getTranslationUnitTargetInfo(tu);
	CXString s;
	char *r;

	if (!ti)
		return NULL;
	s = clang_TargetInfo_getTriple(ti);
	r = kapi_xstrdup(clang_getCString(s));
	clang_disposeString(s);
	clang_TargetInfo_dispose(ti);
	return r;
}

/* ---- macros the TU defines: PAGE_SIZE, PATH_MAX, __NR_* ---------------- */

/* "PATH_MAX at limits.h:12" for messages. */
static char *kapi_macro_origin(CXCursor c, const char *name)
{
	CXFile file;
	unsigned line;
	CXString fname;
	char *r;

	clang_getSpellingLocation(clang_getCursorLocation(c), &file, &line,
				  NULL, NULL);
	fname = clang_getFileName(file);
	r = kapi_xasprintf("%s at %s:%u", name, clang_getCString(fname), line);
	clang_disposeString(fname);
	return r;
}

static void kapi_note_macro(struct kapi_tu *tu, CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	const char *name = clang_getCString(s);
	bool is_page = !strcmp(name, "PAGE_SIZE"),
	     is_path = !strcmp(name, "PATH_MAX"),
	     is_nr = !strncmp(name, "__NR_", 5);
	int64_t num;
	bool u;

	if ((!is_page && !is_nr && !is_path) ||
	    clang_Cursor_isMacroFunctionLike(c) ||
	    (is_page && tu->page_size_origin) ||
	    (is_path && tu->path_max_origin) ||
	    !kapi_eval_tokens(tu->tu, clang_getCursorExtent(c), true, &num,
			      &u)) {
		clang_disposeString(s);
		return;
	}
	if (is_nr) {
		struct kapi_nr *nr =
			KAPI_APPEND(tu->nrs, tu->nr_count, tu->nr_cap);

		nr->name = kapi_xstrdup(name + 5);
		nr->num = num;
	} else if (is_path && num > 0 && num <= INT32_MAX && !u) {
		tu->path_max = num;
		tu->path_max_origin = kapi_macro_origin(c, "PATH_MAX");
	} else if (is_page && num > 0 && !(num & (num - 1))) {
		CXFile file;
		unsigned line;
		CXString fname;

		clang_getSpellingLocation(clang_getCursorLocation(c), &file,
					  &line, NULL, NULL);
		fname = clang_getFileName(file);
		tu->page_size = num;
		tu->page_size_origin = kapi_xasprintf(
			"PAGE_SIZE at %s:%u", clang_getCString(fname), line);
		clang_disposeString(fname);
	}
	clang_disposeString(s);
}

/* ---- the walk ----------------------------------------------------------- */

struct kapi_walk {
	struct kapi_tu *tu;
	struct kapi_parent *stack;
	size_t depth, cap;
};

struct kapi_walk_level {
	struct kapi_walk *w;
	unsigned index;
};

static void kapi_debug_call(const struct kapi_call *call)
{
	CXSourceLocation loc = clang_getCursorLocation(call->cursor);
	static const char *const uses[] = {"used", "discarded", "voided",
					   "compared"};
	unsigned line, col;
	size_t i;

	clang_getExpansionLocation(loc, NULL, &line, &col, NULL);
	printf("call %u:%u %s -> %s (%s) result %s", line, col,
	       call->via ? call->via : call->callee, call->spec->name,
	       kapi_convention_name(call->conv), uses[call->use]);
	for (i = 0; i < call->arg_count; i++) {
		const struct kapi_arg *a = &call->args[i];
		char buf[24];

		printf(" %s=", kapi_call_param_name(call, i));
		if (!a->present)
			fputs("-", stdout);
		else if (a->val.kind == KAPI_CVAL_NULL)
			fputs("NULL", stdout);
		else if (a->val.kind == KAPI_CVAL_INT)
			printf("%s%s",
			       kapi_int_str(buf, a->val.num,
					    a->val.is_unsigned),
			       a->val.via_variable ? "(var)" : "");
		else
			fputs("?", stdout);
	}
	fputc('\n', stdout);
}

static void kapi_run_call_rules(struct kapi_tu *tu,
				const struct kapi_call *call)
{
	for (size_t i = 0; i < kapi_rule_count; i++)
		if (tu->rule_on[i])
			kapi_rules[i]->check(tu, call);
}

/* Every value of every argument: as bound, then each argument's
 * alternatives with that argument alone varied. */
static void kapi_check_values(struct kapi_tu *tu, struct kapi_call *call)
{
	kapi_run_call_rules(tu, call);
	for (size_t i = 0; i < call->arg_count; i++) {
		struct kapi_arg saved = call->args[i];

		for (size_t j = 0; j < saved.alt_count; j++) {
			call->args[i].val = saved.alts[j].val;
			call->args[i].expr = saved.alts[j].where;
			kapi_run_call_rules(tu, call);
		}
		call->args[i] = saved;
	}
}

/* A static helper that hands its parameters on to bound calls. */
static void kapi_check_derived(struct kapi_walk *w, CXCursor c)
{
	struct kapi_derived_call *dc;
	size_t n = kapi_derived_calls(w->tu, c, w->stack, w->depth, &dc);

	for (size_t k = 0; k < n; k++) {
		if (w->tu->debug_calls)
			kapi_debug_call(&dc[k].call);
		w->tu->note_at = dc[k].inner;
		kapi_check_values(w->tu, &dc[k].call);
		w->tu->note_at = clang_getNullCursor();
		kapi_call_free(&dc[k].call);
	}
	free(dc);
}

static void kapi_check_call(struct kapi_walk *w, CXCursor c)
{
	struct kapi_call call;

	if (!kapi_call_bind(w->tu, c, w->stack, w->depth, &call)) {
		kapi_check_derived(w, c);
		return;
	}
	if (w->tu->debug_calls)
		kapi_debug_call(&call);
	/* kapi_report drops the findings repeated by the alternatives. */
	kapi_check_values(w->tu, &call);
	kapi_call_free(&call);
}

static void kapi_walk(struct kapi_walk *w, CXCursor c);

static enum CXChildVisitResult kapi_walk_visit(CXCursor c, CXCursor parent,
					       CXClientData data)
{
	struct kapi_walk_level *lvl = data;

	(void)parent;
	lvl->w->stack[lvl->w->depth - 1].child_index = lvl->index++;
	kapi_walk(lvl->w, c);
	return CXChildVisit_Continue;
}

static void kapi_walk(struct kapi_walk *w, CXCursor c)
{
	struct kapi_walk_level lvl = {w, 0};
	struct kapi_parent *top;

	if (clang_getCursorKind(c) == CXCursor_CallExpr)
		kapi_check_call(w, c);
	top = KAPI_APPEND(w->stack, w->depth, w->cap);
	top->cursor = c;
	clang_visitChildren(c, kapi_walk_visit, &lvl);
	w->depth--;
}

/* Top level: macros anywhere (their values), function bodies of the main
 * file (the calls). */
static enum CXChildVisitResult kapi_top_visit(CXCursor c, CXCursor parent,
					      CXClientData data)
{
	struct kapi_walk *w = data;
	enum CXCursorKind k = clang_getCursorKind(c);

	(void)parent;
	if (k == CXCursor_MacroDefinition)
		kapi_note_macro(w->tu, c);
	else if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c) &&
		 clang_Location_isFromMainFile(clang_getCursorLocation(c)))
		kapi_walk(w, c);
	return CXChildVisit_Continue;
}

static void kapi_tu_free(struct kapi_tu *tu)
{
	size_t i;

	for (i = 0; i < tu->nr_count; i++)
		free(tu->nrs[i].name);
	free(tu->nrs);
	free(tu->page_size_origin);
	free(tu->path_max_origin);
	free(tu->nolint_file);
	free(tu->nolint_text);
	kapi_helpers_free(tu);
}

static void kapi_warn_target(const struct kapi_checker *ck, const char *file,
			     const char *triple)
{
	const char *db_arch = kapi_arch_from_triple(ck->db_target),
		   *tu_arch = kapi_arch_from_triple(triple);

	if (db_arch && tu_arch && strcmp(db_arch, tu_arch))
		fprintf(stderr,
			"kapi-check: warning: %s is compiled for %s but the "
			"spec database was resolved for %s; values may "
			"differ\n",
			file, triple, ck->db_target);
}

static void kapi_run_rules(struct kapi_checker *ck, CXTranslationUnit tu,
			   const char *file, const struct kapi_profile *prof)
{
	struct kapi_tu t = {0};
	struct kapi_walk w = {&t, NULL, 0, 0};
	char *triple = kapi_tu_triple(tu);

	t.tu = tu;
	t.specs = ck->specs;
	t.bindings = &prof->bindings;
	t.rule_on = prof->rule_on;
	t.werror = prof->werror;
	t.uret_ignore = prof->uret_ignore;
	t.debug_calls = ck->opt.debug_calls;
	t.arch = kapi_arch_from_triple(triple);
	t.page_size = 4096; /* unless the TU defines an evaluable PAGE_SIZE */
	t.path_max = 4096;  /* Linux's, unless the TU defines PATH_MAX */
	t.out = &ck->findings;
	t.first_finding = ck->findings.count;
	t.note_at = clang_getNullCursor();
	kapi_warn_target(ck, file, triple);
	/* Macros come before the code that uses them in the TU's cursor
	 * order, so PAGE_SIZE and __NR_* are known when calls are seen. */
	clang_visitChildren(clang_getTranslationUnitCursor(tu), kapi_top_visit,
			    &w);
	free(w.stack);
	free(triple);
	kapi_tu_free(&t);
}

/* ---- one file ----------------------------------------------------------- */

/* Compile errors are reported and the file is skipped: a partial AST would
 * give findings nobody can trust. */
static bool kapi_tu_compiles(CXTranslationUnit tu, const char *file)
{
	unsigned i, n = clang_getNumDiagnostics(tu);
	bool ok = true;

	for (i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);

		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
			CXString s = clang_formatDiagnostic(
				d, clang_defaultDiagnosticDisplayOptions());

			fprintf(stderr, "%s\n", clang_getCString(s));
			clang_disposeString(s);
			ok = false;
		}
		clang_disposeDiagnostic(d);
	}
	if (!ok)
		fprintf(stderr,
			"kapi-check: error: %s does not compile; not checked\n",
			file);
	return ok;
}

struct kapi_argv {
	const char **v;
	int n;
	char **owned; /* strings to free */
	int n_owned;
};

static void kapi_argv_push(struct kapi_argv *a, const char *s, bool own)
{
	a->v = kapi_xrealloc(a->v, (size_t)(a->n + 1) * sizeof(*a->v));
	a->v[a->n++] = s;
	if (own) {
		a->owned = kapi_xrealloc(a->owned, (size_t)(a->n_owned + 1) *
							   sizeof(*a->owned));
		a->owned[a->n_owned++] = (char *)s;
	}
}

static void kapi_argv_free(struct kapi_argv *a)
{
	int i;

	for (i = 0; i < a->n_owned; i++)
		free(a->owned[i]);
	free(a->owned);
	free(a->v);
}

/* The compile command of `file` from -p, minus the compiler itself. */
static int kapi_cdb_args(struct kapi_checker *ck, const char *file,
			 struct kapi_argv *a)
{
	char abs[PATH_MAX];
	CXCompileCommands cmds;
	CXCompileCommand cmd;
	CXString s;
	unsigned i, n;

	if (!realpath(file, abs))
		snprintf(abs, sizeof(abs), "%s", file);
	cmds = clang_CompilationDatabase_getCompileCommands(ck->cdb, abs);
	if (!cmds || !clang_CompileCommands_getSize(cmds)) {
		fprintf(stderr,
			"kapi-check: error: no compile command for %s in %s\n",
			file, ck->opt.build_dir);
		clang_CompileCommands_dispose(cmds);
		return -1;
	}
	cmd = clang_CompileCommands_getCommand(cmds, 0);
	s = clang_CompileCommand_getDirectory(cmd);
	kapi_argv_push(
		a, kapi_xasprintf("-working-directory=%s", clang_getCString(s)),
		true);
	clang_disposeString(s);
	n = clang_CompileCommand_getNumArgs(cmd);
	for (i = 1; i < n; i++) {
		s = clang_CompileCommand_getArg(cmd, i);
		kapi_argv_push(a, kapi_xstrdup(clang_getCString(s)), true);
		clang_disposeString(s);
	}
	clang_CompileCommands_dispose(cmds);
	return 0;
}

/*
 * Like clang's -disable-free: freeing the last AST, the index and the
 * specs just before exit costs a one-file run several milliseconds and
 * gains nothing.  Sanitizer builds free everything, so that leaks show.
 */
static bool kapi_fast_exit(void)
{
#ifdef KAPI_SANITIZED
	return false;
#else
	return true;
#endif
}

static void kapi_check_file(struct kapi_checker *ck, size_t index)
{
	const char *file = ck->opt.files[index];
	const struct kapi_profile *prof =
		&ck->profiles[ck->file_profile[index]];
	struct kapi_argv a = {0};
	CXTranslationUnit tu = NULL;
	enum CXErrorCode ec;
	size_t i;
	const char *src = file;

	if (ck->cdb) {
		if (kapi_cdb_args(ck, file, &a)) {
			ck->setup_error = true;
			goto out;
		}
		src = NULL; /* the command names the file */
	}
	for (i = 0; i < ck->opt.extra_count; i++)
		kapi_argv_push(&a, ck->opt.extra[i], false);
	ec = clang_parseTranslationUnit2(
		ck->index, src, a.v, a.n, NULL, 0,
		CXTranslationUnit_DetailedPreprocessingRecord, &tu);
	if (ec != CXError_Success || !tu) {
		fprintf(stderr, "kapi-check: error: cannot parse %s\n", file);
		ck->setup_error = true;
		goto out;
	}
	if (!kapi_tu_compiles(tu, file)) {
		ck->setup_error = true;
		goto out;
	}
	kapi_run_rules(ck, tu, file, prof);
out:
	/* The last file's AST goes with the process (kapi_fast_exit). */
	if (tu && !(kapi_fast_exit() && index + 1 == ck->opt.file_count &&
		    ck->opt.jobs <= 1))
		clang_disposeTranslationUnit(tu);
	kapi_argv_free(&a);
}

/* ---- -j: one process per file ------------------------------------------ */

/*
 * A CXIndex and its translation units are not thread-safe
 * (TOOLCHAIN-NOTES.md), and a crash in libclang should cost one file, not
 * the run: so each file gets a forked child.  The child writes what it
 * would have printed (stdout: --debug-calls; stderr: compile errors) and
 * its findings to three temporary files; the parent replays them strictly
 * in input order, so -jN prints exactly what -j1 prints.
 */
struct kapi_job {
	pid_t pid;
	FILE *out, *err, *found;
	char *out_text, *err_text, *found_text;
	size_t out_len, err_len, found_len;
	int status;
	bool done;
};

static void kapi_put_str(FILE *f, const char *s)
{
	if (!s) {
		fputs("-\n", f);
		return;
	}
	fprintf(f, "%zu:", strlen(s));
	fputs(s, f);
	fputc('\n', f);
}

/* The child's findings, one record each. */
static void kapi_put_findings(FILE *f, const struct kapi_findings *fs)
{
	size_t i, r;

	for (i = 0; i < fs->count; i++) {
		const struct kapi_finding *x = &fs->items[i];

		for (r = 0; r < kapi_rule_count; r++)
			if (kapi_rules[r] == x->rule)
				break;
		fprintf(f, "%zu %u %u %u %u %d\n", r, x->line, x->col,
			x->note_line, x->note_col, x->error ? 1 : 0);
		kapi_put_str(f, x->file);
		kapi_put_str(f, x->message);
		kapi_put_str(f, x->note);
		kapi_put_str(f, x->note_file);
	}
}

/* One string of kapi_put_str at *p; advances *p.  false on garbage. */
static bool kapi_get_str(const char **p, const char *end, char **out)
{
	char *colon;
	unsigned long n;

	*out = NULL;
	if (*p < end && **p == '-') {
		*p += 2;
		return true;
	}
	n = strtoul(*p, &colon, 10);
	if (colon >= end || *colon != ':' || n > (size_t)(end - colon - 1))
		return false;
	*out = kapi_xstrndup(colon + 1, n);
	*p = colon + 1 + n + 1;
	return true;
}

static bool kapi_get_findings(struct kapi_findings *fs, const char *text,
			      size_t len)
{
	const char *p = text, *end = text + len;

	while (p < end) {
		struct kapi_finding *f;
		size_t r;
		unsigned line, col, nline, ncol;
		int err, used;

		if (sscanf(p, "%zu %u %u %u %u %d\n%n", &r, &line, &col, &nline,
			   &ncol, &err, &used) != 6 ||
		    r >= kapi_rule_count)
			return false;
		p += used;
		f = KAPI_APPEND(fs->items, fs->count, fs->cap);
		memset(f, 0, sizeof(*f));
		f->rule = kapi_rules[r];
		f->line = line;
		f->col = col;
		f->note_line = nline;
		f->note_col = ncol;
		f->error = err != 0;
		if (!kapi_get_str(&p, end, &f->file) ||
		    !kapi_get_str(&p, end, &f->message) ||
		    !kapi_get_str(&p, end, &f->note) ||
		    !kapi_get_str(&p, end, &f->note_file) || !f->file ||
		    !f->message)
			return false;
	}
	return true;
}

static char *kapi_slurp(FILE *f, size_t *len)
{
	struct kapi_strbuf sb = {0};
	char buf[4096];
	size_t n;

	rewind(f);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		kapi_sb_putn(&sb, buf, n);
	*len = sb.len;
	fclose(f);
	return kapi_sb_take(&sb);
}

static void kapi_job_start(struct kapi_checker *ck, struct kapi_job *j,
			   size_t index)
{
	j->out = tmpfile();
	j->err = tmpfile();
	j->found = tmpfile();
	fflush(stdout);
	fflush(stderr);
	if (!j->out || !j->err || !j->found || (j->pid = fork()) < 0) {
		/* No room for a child: the file counts as not checked. */
		fprintf(stderr,
			"kapi-check: error: cannot start a job for %s: "
			"%s\n",
			ck->opt.files[index], strerror(errno));
		j->pid = 0;
		j->status = 2 << 8;
		return;
	}
	if (j->pid == 0) {
		dup2(fileno(j->out), STDOUT_FILENO);
		dup2(fileno(j->err), STDERR_FILENO);
		/* The parent's findings so far are not this file's. */
		memset(&ck->findings, 0, sizeof(ck->findings));
		ck->setup_error = false;
		kapi_check_file(ck, index);
		kapi_put_findings(j->found, &ck->findings);
		fflush(NULL);
		/* _exit: the parent owns every resource we inherited. */
		_exit(ck->setup_error ? KAPI_EXIT_SETUP : KAPI_EXIT_CLEAN);
	}
}

static void kapi_job_collect(struct kapi_job *j, int status)
{
	j->status = status;
	j->done = true;
	if (j->out)
		j->out_text = kapi_slurp(j->out, &j->out_len);
	if (j->err)
		j->err_text = kapi_slurp(j->err, &j->err_len);
	if (j->found)
		j->found_text = kapi_slurp(j->found, &j->found_len);
	j->out = j->err = j->found = NULL;
}

static void kapi_job_merge(struct kapi_checker *ck, struct kapi_job *j,
			   const char *file)
{
	fwrite(j->out_text ? j->out_text : "", 1, j->out_len, stdout);
	fflush(stdout);
	fwrite(j->err_text ? j->err_text : "", 1, j->err_len, stderr);
	if (WIFSIGNALED(j->status)) {
		fprintf(stderr,
			"kapi-check: error: checking %s was killed by signal "
			"%d\n",
			file, WTERMSIG(j->status));
		ck->setup_error = true;
	} else if (!WIFEXITED(j->status) ||
		   WEXITSTATUS(j->status) != KAPI_EXIT_CLEAN) {
		ck->setup_error = true;
	}
	if (j->found_text &&
	    !kapi_get_findings(&ck->findings, j->found_text, j->found_len)) {
		fprintf(stderr, "kapi-check: error: lost the findings of %s\n",
			file);
		ck->setup_error = true;
	}
	free(j->out_text);
	free(j->err_text);
	free(j->found_text);
}

static void kapi_run_parallel(struct kapi_checker *ck,
			      struct kapi_progress *progress)
{
	size_t n = ck->opt.file_count, next = 0, flushed = 0, running = 0, i;
	struct kapi_job *jobs = kapi_xcalloc(n, sizeof(*jobs));

	while (flushed < n) {
		while (running < (size_t)ck->opt.jobs && next < n) {
			kapi_job_start(ck, &jobs[next], next);
			if (jobs[next].pid > 0)
				running++;
			else
				kapi_job_collect(&jobs[next],
						 jobs[next].status);
			next++;
		}
		if (running) {
			int status;
			pid_t pid = waitpid(-1, &status, 0);

			if (pid < 0 && errno == EINTR)
				continue;
			if (pid < 0) {
				/* Lost our children (ECHILD): whatever is
				 * still running counts as failed. */
				for (i = 0; i < next; i++)
					if (!jobs[i].done)
						kapi_job_collect(&jobs[i],
								 2 << 8);
				running = 0;
			}
			for (i = 0; i < next; i++) {
				if (jobs[i].pid == pid && !jobs[i].done) {
					kapi_job_collect(&jobs[i], status);
					running--;
					break;
				}
			}
		}
		while (flushed < n && jobs[flushed].done) {
			kapi_job_merge(ck, &jobs[flushed],
				       ck->opt.files[flushed]);
			kapi_progress_step(progress, ck->opt.files[flushed]);
			flushed++;
		}
	}
	free(jobs);
}

/* ---- main --------------------------------------------------------------- */

static void kapi_list_checks(const struct kapi_checker *ck)
{
	const bool *on = ck->profiles[ck->list_profile].rule_on;
	size_t i;

	puts("Enabled checks:");
	for (i = 0; i < kapi_rule_count; i++)
		if (on[i])
			printf("    %s\n", kapi_rules[i]->name);
}

/*
 * -p BUILD_DIR without FILE: every file the compilation database compiles,
 * once each, in its order (as run-clang-tidy does).  A relative "file" is
 * relative to its entry's "directory".
 */
static int kapi_files_from_cdb(struct kapi_checker *ck)
{
	struct kapi_options *o = &ck->opt;
	CXCompileCommands cmds =
		clang_CompilationDatabase_getAllCompileCommands(ck->cdb);
	unsigned n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
	size_t count = 0;

	o->files_owned = kapi_xcalloc(n + 1, sizeof(*o->files_owned));
	o->files = kapi_xcalloc(n ? n : 1, sizeof(*o->files));
	for (unsigned i = 0; i < n; i++) {
		CXCompileCommand cmd =
			clang_CompileCommands_getCommand(cmds, i);
		CXString f = clang_CompileCommand_getFilename(cmd);
		CXString d = clang_CompileCommand_getDirectory(cmd);
		const char *fs = clang_getCString(f);
		char *path = fs[0] == '/'
				     ? kapi_xstrdup(fs)
				     : kapi_xasprintf("%s/%s",
						      clang_getCString(d), fs);
		size_t j;

		clang_disposeString(f);
		clang_disposeString(d);
		for (j = 0; j < count && strcmp(o->files_owned[j], path); j++)
			;
		if (j < count) {
			free(path);
			continue;
		}
		o->files_owned[count] = path;
		o->files[count++] = path;
	}
	clang_CompileCommands_dispose(cmds);
	o->file_count = count;
	if (!count) {
		fprintf(stderr,
			"kapi-check: error: %s/compile_commands.json "
			"names no file\n",
			o->build_dir);
		return -1;
	}
	return 0;
}

static int kapi_setup(struct kapi_checker *ck)
{
	CXCompilationDatabase_Error cerr;
	size_t i;

	if (ck->opt.build_dir && !ck->opt.list_checks) {
		ck->cdb = clang_CompilationDatabase_fromDirectory(
			ck->opt.build_dir, &cerr);
		if (cerr != CXCompilationDatabase_NoError) {
			fprintf(stderr,
				"kapi-check: error: cannot load "
				"%s/compile_commands.json\n",
				ck->opt.build_dir);
			return -1;
		}
		if (!ck->opt.file_count && kapi_files_from_cdb(ck))
			return -1;
	}

	/* Every config file is read before any file is checked: a broken
	 * one stops the run at once, and -j children inherit them all. */
	if (ck->opt.list_checks)
		return kapi_profile_for(ck, "./" KAPI_CONFIG_NAME,
					&ck->list_profile);
	ck->file_profile =
		kapi_xcalloc(ck->opt.file_count ? ck->opt.file_count : 1,
			     sizeof(*ck->file_profile));
	for (i = 0; i < ck->opt.file_count; i++)
		if (kapi_profile_for(ck, ck->opt.files[i],
				     &ck->file_profile[i]))
			return -1;
	if (kapi_load_db(ck))
		return -1;
	ck->index = clang_createIndex(0, 0);
	return 0;
}

static void kapi_teardown(struct kapi_checker *ck)
{
	if (ck->cdb)
		clang_CompilationDatabase_dispose(ck->cdb);
	if (ck->index)
		clang_disposeIndex(ck->index);
	kapi_findings_free(&ck->findings);
	kapi_profiles_free(ck);
	kapi_spec_store_free(ck->specs);
	free(ck->db_target);
	kapi_options_free(&ck->opt);
}

int main(int argc, char **argv)
{
	struct kapi_checker ck = {0};
	struct kapi_progress progress;
	int rc = kapi_options_parse(&ck.opt, argc, argv);
	size_t i;

	if (rc) {
		kapi_options_free(&ck.opt);
		return rc > 0 ? KAPI_EXIT_CLEAN : KAPI_EXIT_SETUP;
	}
	if (kapi_setup(&ck)) {
		kapi_teardown(&ck);
		return KAPI_EXIT_SETUP;
	}
	if (ck.opt.list_checks) {
		kapi_list_checks(&ck);
		kapi_teardown(&ck);
		return KAPI_EXIT_CLEAN;
	}
	/* "[17/348] path" on a terminal for -p and -j runs; never with the
	 * machine-readable formats. */
	kapi_progress_init(&progress, ck.opt.file_count,
			   (ck.opt.build_dir || ck.opt.jobs > 1) &&
				   ck.opt.format == KAPI_FMT_TEXT);
	if (ck.opt.jobs > 1 && ck.opt.file_count > 1)
		kapi_run_parallel(&ck, &progress);
	else
		for (i = 0; i < ck.opt.file_count; i++) {
			kapi_progress_step(&progress, ck.opt.files[i]);
			kapi_check_file(&ck, i);
		}
	/* Severity comes from each finding (--werror or its .kapi-check);
	 * the exit status does not depend on it. */
	if (ck.opt.format == KAPI_FMT_JSON)
		kapi_output_json(stdout, &ck.findings, false);
	else if (ck.opt.format == KAPI_FMT_SARIF)
		kapi_output_sarif(stdout, &ck.findings, false);
	else
		kapi_output_text(stdout, &ck.findings, false);
	rc = ck.setup_error	 ? KAPI_EXIT_SETUP
	     : ck.findings.count ? KAPI_EXIT_FINDINGS
				 : KAPI_EXIT_CLEAN;
	if (kapi_fast_exit()) {
		fflush(stdout);
		fflush(stderr);
		_exit(rc);
	}
	kapi_teardown(&ck);
	return rc;
}
