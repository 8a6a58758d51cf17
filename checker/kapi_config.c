// SPDX-License-Identifier: MIT
/*
 * `.kapi-check` configuration files, found the way clang-tidy finds
 * `.clang-tidy`: the nearest one in the source file's directory or above
 * it wins, and nothing is inherited from files further up.  The format is
 * deliberately tiny -- `key: value` lines, `#` comment lines -- so that it
 * needs no YAML parser:
 *
 *   checks: kapi-*,-kapi-unchecked-return
 *   bindings: third_party/ring.bindings
 *   werror: true
 *
 * An unknown key or a malformed line is an error: a typo that silently
 * disables nothing (or everything) is worse than a refusal.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kapi_check.h"
#include "kapi_util.h"

static bool kapi_is_file(const char *path)
{
	return access(path, R_OK) == 0;
}

char *kapi_config_find(const char *source)
{
	char abs[PATH_MAX], *dir, *slash;

	if (!realpath(source, abs)) {
		/* Not there (yet): walk from where it would be. */
		char cwd[PATH_MAX];

		if (source[0] == '/' || !getcwd(cwd, sizeof(cwd)))
			snprintf(abs, sizeof(abs), "%s", source);
		else
			snprintf(abs, sizeof(abs), "%s/%s", cwd, source);
	}
	dir = kapi_xstrdup(abs);
	for (;;) {
		char *cand;

		slash = strrchr(dir, '/');
		if (!slash)
			break;
		*slash = '\0';
		cand = kapi_xasprintf("%s/" KAPI_CONFIG_NAME, dir);
		if (kapi_is_file(cand)) {
			free(dir);
			return cand;
		}
		free(cand);
	}
	free(dir);
	return NULL;
}

static char *kapi_trim_dup(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return kapi_xstrndup(s, n);
}

static int kapi_parse_bool(const char *v)
{
	static const char *const yes[] = {"true", "yes", "on", "1"},
				 *const no[] = {"false", "no", "off", "0"};
	size_t i;

	for (i = 0; i < 4; i++) {
		if (kapi_streq_nocase(v, yes[i]))
			return 1;
		if (kapi_streq_nocase(v, no[i]))
			return 0;
	}
	return -1;
}

/* One `key: value` line; returns NULL or an error message (fresh). */
static char *kapi_config_line(struct kapi_config *c, const char *dir,
			      const char *key, const char *value)
{
	if (!strcmp(key, "checks")) {
		char *joined =
			c->checks ? kapi_xasprintf("%s,%s", c->checks, value)
				  : kapi_xstrdup(value);

		free(c->checks);
		c->checks = joined;
		return NULL;
	}
	if (!strcmp(key, "bindings")) {
		if (!*value)
			return kapi_xstrdup("'bindings' needs a path");
		c->bindings = kapi_xrealloc(c->bindings,
					    (c->binding_count + 1) *
						    sizeof(*c->bindings));
		c->bindings[c->binding_count++] =
			value[0] == '/' ? kapi_xstrdup(value)
					: kapi_xasprintf("%s/%s", dir, value);
		return NULL;
	}
	if (!strcmp(key, "unchecked-return-ignore")) {
		char *joined =
			c->uret_ignore
				? kapi_xasprintf("%s,%s", c->uret_ignore, value)
				: kapi_xstrdup(value);

		free(c->uret_ignore);
		c->uret_ignore = joined;
		return NULL;
	}
	if (!strcmp(key, "werror")) {
		c->werror = kapi_parse_bool(value);
		if (c->werror < 0)
			return kapi_xasprintf("'werror' is true or false, not "
					      "'%s'",
					      value);
		return NULL;
	}
	return kapi_xasprintf("unknown key '%s' (known: checks, bindings, "
			      "werror, unchecked-return-ignore)",
			      key);
}

int kapi_config_load(const char *path, struct kapi_config *c, char **err)
{
	size_t len, pos = 0;
	char *text = kapi_read_file(path, &len), *dir, *slash;
	unsigned line = 0;
	int rc = 0;

	memset(c, 0, sizeof(*c));
	c->path = kapi_xstrdup(path);
	c->werror = -1;
	if (!text) {
		*err = kapi_xasprintf("%s: cannot read: %s", path,
				      strerror(errno));
		return -1;
	}
	dir = kapi_xstrdup(path);
	slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	else {
		free(dir);
		dir = kapi_xstrdup(".");
	}
	while (!rc && pos < len) {
		const char *s = text + pos, *nl = memchr(s, '\n', len - pos),
			   *colon;
		size_t n = nl ? (size_t)(nl - s) : len - pos;
		char *key, *value, *why, *body = kapi_trim_dup(s, n);

		pos += n + 1;
		line++;
		if (!*body || body[0] == '#') {
			free(body);
			continue;
		}
		colon = strchr(body, ':');
		if (!colon) {
			*err = kapi_xasprintf("%s:%u: expected 'key: value'",
					      path, line);
			free(body);
			rc = -1;
			break;
		}
		key = kapi_trim_dup(body, (size_t)(colon - body));
		value = kapi_trim_dup(colon + 1, strlen(colon + 1));
		why = kapi_config_line(c, dir, key, value);
		if (why) {
			*err = kapi_xasprintf("%s:%u: %s", path, line, why);
			free(why);
			rc = -1;
		}
		free(key);
		free(value);
		free(body);
	}
	free(dir);
	free(text);
	return rc;
}

void kapi_config_free(struct kapi_config *c)
{
	size_t i;

	for (i = 0; i < c->binding_count; i++)
		free(c->bindings[i]);
	free(c->bindings);
	free(c->checks);
	free(c->uret_ignore);
	free(c->path);
	memset(c, 0, sizeof(*c));
}
