// SPDX-License-Identifier: MIT
/* The model: token tables in both spellings, lifetime helpers. */
#include <stdlib.h>

#include "kapi_spec.h"
#include "kapi_test.h"

static void test_tokens(void)
{
	KT_EQ_INT(kapi_type_from_token("fd"), KAPI_TYPE_FD);
	KT_EQ_INT(kapi_type_from_token("FD"), KAPI_TYPE_FD);
	KT_EQ_INT(kapi_type_from_token("KAPI_TYPE_FD"), KAPI_TYPE_FD);
	KT_EQ_INT(kapi_type_from_token("uptr"), KAPI_TYPE_USER_PTR);
	KT_EQ_INT(kapi_type_from_token("kapi_type_fd"), -1);
	KT_EQ_INT(kapi_type_from_token("bogus"), -1);
	KT_EQ_STR(kapi_type_name(KAPI_TYPE_USER_PTR), "user_ptr");
	KT_EQ_STR(kapi_type_enumerator(KAPI_TYPE_PATH), "KAPI_TYPE_PATH");
	KT_CHECK(kapi_type_name(KAPI_TYPE__COUNT) == NULL);

	KT_EQ_INT(kapi_param_flag_from_token("input"), 0);
	KT_EQ_INT(kapi_param_flag_from_token("KAPI_PARAM_USER"), 6);
	KT_EQ_INT(kapi_constraint_from_token("buffer"), KAPI_CONSTRAINT_BUFFER);
	KT_EQ_INT(kapi_constraint_from_token("KAPI_CONSTRAINT_PAGE_ALIGNED"),
		  KAPI_CONSTRAINT_PAGE_ALIGNED);
	KT_EQ_INT(kapi_context_from_token("Sleepable"), 5);
	KT_EQ_INT(kapi_return_check_from_token("KAPI_RETURN_FD"),
		  KAPI_RETURN_FD);
	KT_EQ_INT(kapi_effect_from_token("irreversible"), 14);
	KT_EQ_INT(kapi_signal_timing_from_token("KAPI_SIGNAL_TIME_ENTRY"),
		  KAPI_SIGNAL_TIME_ENTRY);
	KT_EQ_INT(kapi_lock_type_from_token("rwlock"), KAPI_LOCK_RWLOCK);
	KT_EQ_INT(kapi_cap_action_from_token("bypass_check"),
		  KAPI_CAP_BYPASS_CHECK);
}

/* The current kernel_api_spec.h's own names for some values. */
static void test_header_names(void)
{
	unsigned bits = 99;

	KT_EQ_INT(kapi_signal_timing_from_token("KAPI_SIGNAL_TIME_BLOCKING"),
		  KAPI_SIGNAL_TIME_WHILE_BLOCKED);
	KT_EQ_INT(kapi_signal_timing_from_token("KAPI_SIGNAL_TIME_SLEEPING"),
		  KAPI_SIGNAL_TIME_WHILE_SLEEPING);
	KT_EQ_INT(kapi_param_flag_from_token("KAPI_PARAM_USER_PTR"), 6);
	/* Aliases are enumerators: exact spelling only. */
	KT_EQ_INT(kapi_param_flag_from_token("kapi_param_user_ptr"), -1);
	KT_EQ_INT(kapi_signal_timing_from_token("blocking"), -1);

	KT_CHECK(kapi_effect_set_from_token("KAPI_EFFECT_NONE", &bits));
	KT_EQ_INT(bits, 0);
	KT_CHECK(kapi_effect_set_from_token("none", &bits));
	KT_EQ_INT(bits, 0);
	KT_CHECK(kapi_effect_set_from_token("KAPI_EFFECTS_MEMORY", &bits));
	KT_EQ_INT(bits, KAPI_EFFECT_ALLOC_MEMORY | KAPI_EFFECT_FREE_MEMORY);
	KT_CHECK(kapi_effect_set_from_token("KAPI_EFFECTS_IO", &bits));
	KT_EQ_INT(bits, KAPI_EFFECT_NETWORK | KAPI_EFFECT_FILESYSTEM);
	KT_CHECK(kapi_effect_set_from_token("schedule", &bits));
	KT_EQ_INT(bits, KAPI_EFFECT_SCHEDULE);
	KT_CHECK(!kapi_effect_set_from_token("KAPI_EFFECTS_ALL", &bits));
	KT_CHECK(!kapi_effect_set_from_token(NULL, &bits));

	KT_CHECK(kapi_is_errno_name("ENOTSUPP"));
}

static void test_names(void)
{
	KT_CHECK(kapi_is_errno_name("EINVAL"));
	KT_CHECK(kapi_is_errno_name("EHWPOISON"));
	KT_CHECK(!kapi_is_errno_name("EINVALID"));
	KT_CHECK(!kapi_is_errno_name("einval"));
	KT_CHECK(kapi_is_arch_name("x86"));
	KT_CHECK(!kapi_is_arch_name("x86_64"));
}

static void test_lifetime(void)
{
	struct kapi_spec_list l = {0};
	struct kapi_spec *s = kapi_spec_new();
	struct kapi_value v = {0};

	KT_EQ_INT(s->param_count_declared, -1);
	s->name = strdup("sys_x");
	kapi_value_set_text(&v, "O_CLOEXEC", (struct kapi_loc){3, 7});
	KT_EQ_INT(v.state, KAPI_VALUE_UNRESOLVED);
	kapi_value_set_num(&v, 02000000, false);
	KT_EQ_INT(v.state, KAPI_VALUE_RESOLVED);
	KT_EQ_INT(v.num, 0x80000);
	kapi_value_clear(&v);
	KT_EQ_INT(v.state, KAPI_VALUE_ABSENT);
	kapi_spec_list_push(&l, s);
	KT_EQ_INT(l.count, 1);
	kapi_spec_list_free(&l);
	KT_EQ_INT(l.count, 0);
}

void kapi_test_group_spec(void)
{
	test_tokens();
	test_header_names();
	test_names();
	test_lifetime();
}
