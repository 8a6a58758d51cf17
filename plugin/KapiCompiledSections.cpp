//===- KapiCompiledSections.cpp - the arrays of a compiled spec -----------===//
//
// SPDX-License-Identifier: MIT
//
// Constraints, locks, signals, signal masks, side effects, state
// transitions, capabilities and struct specs of a compiled
// `struct kernel_api_spec`, read into the model like the parameters are:
// each array as far as its count says, enumerators by name, flag words bit
// by bit.  Where header versions differ in a field's form (lock scope
// against four booleans, string arrays against `const char *`), the field
// the unit's struct declares decides.
//
//===----------------------------------------------------------------------===//
#include "KapiCompiledReader.h"

extern "C" {
#include "kapi_util.h"
}

using namespace clang;

namespace kapi
{

namespace
{

const char *lockTypeEnum(int K)
{
	return kapi_lock_type_enumerator((kapi_lock_type)K);
}
const char *lockScopeEnum(int K)
{
	return kapi_lock_scope_enumerator((kapi_lock_scope)K);
}
const char *signalActionEnum(int K)
{
	return kapi_signal_action_enumerator((kapi_signal_action)K);
}
const char *capActionEnum(int K)
{
	return kapi_cap_action_enumerator((kapi_cap_action)K);
}

// calloc'd storage for N elements of T (at least one, so never NULL).
template <typename T> T *newArray(size_t N)
{
	return (T *)kapi_xcalloc(N ? N : 1, sizeof(T));
}

} // namespace

// A bool the struct declares reads as written, or false when not written
// (what the zero-initialized object holds); -1 when the struct of this
// header has no such field.
int CompiledReader::boolField(const Expr *Init, StringRef Name)
{
	if (!hasField(Init, Name))
		return -1;
	const Expr *E = field(Init, Name);
	int64_t N;
	std::string What = Name.str();
	if (!E)
		return 0;
	if (!intField(E, N, What.c_str()))
		return -1;
	return N != 0;
}

void CompiledReader::readConstraints(const Expr *Init)
{
	kapi_spec *S = Out.Spec;
	std::vector<const Expr *> Els =
		elements(Init, "constraints", "constraint_count");
	S->constraints = newArray<kapi_constraint>(Els.size());
	S->constraint_count = S->constraint_cap = Els.size();
	for (size_t I = 0; I < Els.size(); I++) {
		kapi_constraint &K = S->constraints[I];
		K.loc = loc(Els[I] ? Els[I] : field(Init, "constraints"));
		if (!Els[I])
			continue;
		K.name = str(field(Els[I], "name"));
		K.desc = str(field(Els[I], "description"));
		K.expr = str(field(Els[I], "expression"));
	}
}

void CompiledReader::readLocks(const Expr *Init)
{
	kapi_spec *S = Out.Spec;
	std::vector<const Expr *> Els = elements(Init, "locks", "lock_count");
	S->locks = newArray<kapi_lock>(Els.size());
	S->lock_count = S->lock_cap = Els.size();
	for (size_t I = 0; I < Els.size(); I++) {
		kapi_lock &L = S->locks[I];
		const Expr *Lk = Els[I];
		L.acquired = L.released = L.held_on_entry = L.held_on_exit = -1;
		L.loc = loc(Lk ? Lk : field(Init, "locks"));
		if (!Lk)
			continue;
		L.name = str(field(Lk, "lock_name"));
		L.desc = str(field(Lk, "description"));
		int T = enumOf(field(Lk, "lock_type"), lockTypeEnum, 0,
			       KAPI_LOCK__COUNT, "KAPI_LOCK_*", "lock_type");
		if (T >= 0)
			L.type = (kapi_lock_type)T;
		// The current header has one scope; older ones four booleans.
		if (hasField(Lk, "scope")) {
			int Sc = enumOf(field(Lk, "scope"), lockScopeEnum, 1,
					KAPI_LOCK_SCOPE__COUNT,
					"KAPI_LOCK_* scope", "scope");
			if (Sc >= 0)
				L.scope = (kapi_lock_scope)Sc;
		}
		L.acquired = boolField(Lk, "acquired");
		L.released = boolField(Lk, "released");
		L.held_on_entry = boolField(Lk, "held_on_entry");
		L.held_on_exit = boolField(Lk, "held_on_exit");
	}
}

void CompiledReader::readSignals(const Expr *Init)
{
	kapi_spec *S = Out.Spec;
	std::vector<const Expr *> Els =
		elements(Init, "signals", "signal_count");
	S->signals = newArray<kapi_signal>(Els.size());
	S->signal_count = S->signal_cap = Els.size();
	for (size_t I = 0; I < Els.size(); I++) {
		kapi_signal &G = S->signals[I];
		const Expr *Sg = Els[I];
		G.restartable = G.interruptible = G.queue = -1;
		G.loc = loc(Sg ? Sg : field(Init, "signals"));
		if (!Sg)
			continue;
		G.name = str(field(Sg, "signal_name"));
		value(field(Sg, "signal_num"), G.number, "signal_num");
		G.direction = flagsOf(field(Sg, "direction"),
				      kapi_signal_direction_enumerator,
				      KAPI_SIGNAL_DIRECTION_COUNT,
				      "KAPI_SIGNAL_*", "direction");
		int A = enumOf(field(Sg, "action"), signalActionEnum, 1,
			       KAPI_SIGNAL_ACTION__COUNT,
			       "KAPI_SIGNAL_ACTION_*", "action");
		if (A >= 0)
			G.action = (kapi_signal_action)A;
		G.target = str(field(Sg, "target"));
		G.condition = str(field(Sg, "condition"));
		G.desc = str(field(Sg, "description"));
		G.restartable = boolField(Sg, "restartable");
		G.interruptible = boolField(Sg, "interruptible");
		value(field(Sg, "sa_flags_required"), G.sa_flags_required,
		      "sa_flags_required");
		value(field(Sg, "sa_flags_forbidden"), G.sa_flags_forbidden,
		      "sa_flags_forbidden");
		value(field(Sg, "error_on_signal"), G.error, "error_on_signal");
		int64_t N;
		const Expr *E;
		if ((E = field(Sg, "priority")) && intField(E, N, "priority"))
			G.priority = (int)N;
		// A signal number, a string and two state words: kept as
		// written.
		if ((E = field(Sg, "transform_to")))
			G.transform_to = kapi_xstrdup(text(E).c_str());
		if ((E = field(Sg, "state_required")))
			G.state_required = kapi_xstrdup(text(E).c_str());
		if ((E = field(Sg, "state_forbidden")))
			G.state_forbidden = kapi_xstrdup(text(E).c_str());
		// The timing is a string ("during", KAPI_SIGNAL_TIME_DURING).
		if ((E = field(Sg, "timing"))) {
			char *T = str(E);
			int K = T && *T ? kapi_signal_timing_from_token(T) : 0;
			if (K > 0)
				G.timing = (kapi_signal_timing)K;
			else if (T && *T)
				warn(E, KAPI_RULE_COMPILED,
				     "compiled spec for '" + Api +
					     "': timing '" + T +
					     "' is no signal timing the series "
					     "defines; ignored");
			free(T);
		}
	}
}

void CompiledReader::readSignalMasks(const Expr *Init)
{
	kapi_spec *S = Out.Spec;
	std::vector<const Expr *> Els =
		elements(Init, "signal_masks", "signal_mask_count");
	S->signal_masks = newArray<kapi_signal_mask>(Els.size());
	S->signal_mask_count = S->signal_mask_cap = Els.size();
	for (size_t I = 0; I < Els.size(); I++) {
		kapi_signal_mask &M = S->signal_masks[I];
		const Expr *Mk = Els[I];
		M.loc = loc(Mk ? Mk : field(Init, "signal_masks"));
		if (!Mk)
			continue;
		M.name = str(field(Mk, "mask_name"));
		M.desc = str(field(Mk, "description"));
		std::vector<const Expr *> Sigs =
			elements(Mk, "signals", "signal_count");
		M.signals = newArray<kapi_value>(Sigs.size());
		M.signal_count = Sigs.size();
		for (size_t K = 0; K < Sigs.size(); K++)
			value(Sigs[K], M.signals[K], "a signal of a mask");
	}
}

void CompiledReader::readSideEffects(const Expr *Init)
{
	kapi_spec *S = Out.Spec;
	std::vector<const Expr *> Els =
		elements(Init, "side_effects", "side_effect_count");
	S->side_effects = newArray<kapi_side_effect>(Els.size());
	S->side_effect_count = S->side_effect_cap = Els.size();
	for (size_t I = 0; I < Els.size(); I++) {
		kapi_side_effect &F = S->side_effects[I];
		const Expr *Ef = Els[I];
		F.reversible = -1;
		F.loc = loc(Ef ? Ef : field(Init, "side_effects"));
		if (!Ef)
			continue;
		F.types = flagsOf(field(Ef, "type"), kapi_effect_enumerator,
				  KAPI_EFFECT_COUNT, "KAPI_EFFECT_*", "type");
		F.target = str(field(Ef, "target"));
		F.condition = str(field(Ef, "condition"));
		F.desc = str(field(Ef, "description"));
		F.reversible = boolField(Ef, "reversible");
	}
}

void CompiledReader::readStateTransitions(const Expr *Init)
{
	kapi_spec *S = Out.Spec;
	std::vector<const Expr *> Els =
		elements(Init, "state_transitions", "state_trans_count");
	S->state_transitions = newArray<kapi_state_trans>(Els.size());
	S->state_trans_count = S->state_trans_cap = Els.size();
	for (size_t I = 0; I < Els.size(); I++) {
		kapi_state_trans &T = S->state_transitions[I];
		const Expr *Tr = Els[I];
		T.loc = loc(Tr ? Tr : field(Init, "state_transitions"));
		if (!Tr)
			continue;
		T.object = str(field(Tr, "object"));
		T.from = str(field(Tr, "from_state"));
		T.to = str(field(Tr, "to_state"));
		T.condition = str(field(Tr, "condition"));
		T.desc = str(field(Tr, "description"));
	}
}

void CompiledReader::readCapabilities(const Expr *Init)
{
	kapi_spec *S = Out.Spec;
	std::vector<const Expr *> Els =
		elements(Init, "capabilities", "capability_count");
	S->capabilities = newArray<kapi_capability>(Els.size());
	S->capability_count = S->capability_cap = Els.size();
	for (size_t I = 0; I < Els.size(); I++) {
		kapi_capability &C = S->capabilities[I];
		const Expr *Cp = Els[I];
		C.loc = loc(Cp ? Cp : field(Init, "capabilities"));
		if (!Cp)
			continue;
		C.name = str(field(Cp, "cap_name"));
		value(field(Cp, "capability"), C.number, "capability");
		int A = enumOf(field(Cp, "action"), capActionEnum, 1,
			       KAPI_CAP__COUNT, "KAPI_CAP_*", "action");
		if (A >= 0)
			C.action = (kapi_cap_action)A;
		C.allows = str(field(Cp, "allows"));
		C.without = str(field(Cp, "without_cap"));
		C.condition = str(field(Cp, "check_condition"));
		int64_t N;
		if (const Expr *E = field(Cp, "priority"))
			if (intField(E, N, "priority"))
				C.priority = (int)N;
	}
}

void CompiledReader::readStructField(const Expr *Init, kapi_struct_field &F)
{
	F.loc = loc(Init);
	F.name = str(field(Init, "name"));
	F.type_name = str(field(Init, "type_name"));
	int T = enumOf(
		field(Init, "type"),
		[](int K) { return kapi_type_enumerator((kapi_type)K); }, 0,
		KAPI_TYPE__COUNT, "KAPI_TYPE_*", "type");
	if (T >= 0)
		F.type = (kapi_type)T;
	value(field(Init, "offset"), F.offset, "offset");
	value(field(Init, "size"), F.size, "size");
	F.flags = flagsOf(field(Init, "flags"), kapi_param_flag_enumerator,
			  KAPI_PARAM_FLAG_COUNT, "KAPI_PARAM_*", "flags");
	int C = enumOf(
		field(Init, "constraint_type"),
		[](int K) {
			return kapi_constraint_enumerator(
				(kapi_constraint_kind)K);
		},
		0, KAPI_CONSTRAINT__COUNT, "KAPI_CONSTRAINT_*",
		"constraint_type");
	if (C >= 0)
		F.constraint = (kapi_constraint_kind)C;
	value(field(Init, "min_value"), F.min, "min_value");
	value(field(Init, "max_value"), F.max, "max_value");
	value(field(Init, "valid_mask"), F.mask, "valid_mask");
	F.enum_values = str(field(Init, "enum_values"));
	F.desc = str(field(Init, "description"));
}

void CompiledReader::readStructSpecs(const Expr *Init)
{
	kapi_spec *S = Out.Spec;
	std::vector<const Expr *> Els =
		elements(Init, "struct_specs", "struct_spec_count");
	S->struct_specs = newArray<kapi_struct_spec>(Els.size());
	S->struct_spec_count = S->struct_spec_cap = Els.size();
	for (size_t I = 0; I < Els.size(); I++) {
		kapi_struct_spec &St = S->struct_specs[I];
		const Expr *Sp = Els[I];
		St.loc = loc(Sp ? Sp : field(Init, "struct_specs"));
		if (!Sp)
			continue;
		St.name = str(field(Sp, "name"));
		St.desc = str(field(Sp, "description"));
		value(field(Sp, "size"), St.size, "size");
		value(field(Sp, "alignment"), St.alignment, "alignment");
		std::vector<const Expr *> Fields =
			elements(Sp, "fields", "field_count");
		St.fields = newArray<kapi_struct_field>(Fields.size());
		St.field_count = Fields.size();
		for (size_t K = 0; K < Fields.size(); K++)
			if (Fields[K])
				readStructField(Fields[K], St.fields[K]);
			else
				St.fields[K].loc = St.loc;
	}
}

} // namespace kapi
