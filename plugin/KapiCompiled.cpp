//===- KapiCompiled.cpp - read compiled struct kernel_api_spec objects ----===//
//
// SPDX-License-Identifier: MIT
//
// With the framework enabled, the kernel force-includes a generated spec
// header that fills a `struct kernel_api_spec` with designated initializers
// (KAPI-DSL.md §7).  Two layouts occur in real trees: the older spec branch
// puts the struct itself in section .kapi_specs; the current series puts a
// `const struct kernel_api_spec *const` there and the object in ordinary
// read-only data.  This reads either through the AST: fields by their name
// in the semantic initializer list, integers as the compiler evaluates
// them, enumerators by the name of the KAPI_* constant whose value they
// carry in this unit (never by an assumed number), flag words bit by bit
// against the unit's own KAPI_PARAM_* / KAPI_CTX_* constants.  Encodings
// that changed between versions are decided by what the unit's header
// defines (compiledLayout()).
//
//===----------------------------------------------------------------------===//
#include "KapiCompiledReader.h"

#include "clang/AST/Attr.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "llvm/ADT/StringExtras.h"

extern "C" {
#include "kapi_util.h"
}

#include <cstdlib>
#include <cstring>

using namespace clang;

namespace kapi
{

static bool isSpecRecord(QualType T)
{
	const RecordDecl *RD = T->getAsRecordDecl();
	return RD && RD->getName() == "kernel_api_spec" && RD->isStruct();
}

bool inSpecSection(const VarDecl *VD)
{
	const auto *SA = VD->getAttr<SectionAttr>();
	return SA && SA->getName() == ".kapi_specs";
}

const VarDecl *compiledSpecObject(const VarDecl *VD, std::string &Why)
{
	QualType T = VD->getType();
	if (isSpecRecord(T))
		return VD;
	const auto *PT = T->getAs<PointerType>();
	if (!PT || !isSpecRecord(PT->getPointeeType())) {
		Why = "its type '" + T.getAsString() +
		      "' is neither struct kernel_api_spec nor a pointer to "
		      "one";
		return nullptr;
	}
	const VarDecl *WithInit = nullptr;
	const Expr *Init = VD->getAnyInitializer(WithInit);
	if (!Init) {
		Why = "the pointer has no initializer";
		return nullptr;
	}
	if (Init->containsErrors() || Init->isValueDependent()) {
		Why = "its initializer does not compile";
		return nullptr;
	}
	const auto *UO = dyn_cast<UnaryOperator>(Init->IgnoreParenImpCasts());
	const auto *DR = UO && UO->getOpcode() == UO_AddrOf
				 ? dyn_cast<DeclRefExpr>(
					   UO->getSubExpr()->IgnoreParens())
				 : nullptr;
	const auto *Target = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
	if (!Target) {
		Why = "the pointer's initializer is not the address of a spec "
		      "object";
		return nullptr;
	}
	const VarDecl *Def = nullptr;
	if (!Target->getAnyInitializer(Def) || !Def) {
		Why = "it points at '" + Target->getName().str() +
		      "', which this unit declares but does not define";
		return nullptr;
	}
	return Def;
}

// The current series' KAPI_PARAM_SIZE_PARAM(idx) expands to
// `.size_param_idx = (idx) + 1,`; the older one stored idx itself (with -1
// for none).  The macro's own tokens say which header this unit has.
CompiledLayout compiledLayout(Preprocessor &PP)
{
	CompiledLayout L;
	const MacroInfo *MI =
		PP.getMacroInfo(PP.getIdentifierInfo("KAPI_PARAM_SIZE_PARAM"));
	if (!MI)
		return L;
	ArrayRef<Token> Toks = MI->tokens();
	for (size_t I = 0; I + 1 < Toks.size(); I++)
		if (Toks[I].is(tok::plus) &&
		    Toks[I + 1].is(tok::numeric_constant) &&
		    Toks[I + 1].getLength() == 1 &&
		    Toks[I + 1].getLiteralData() &&
		    Toks[I + 1].getLiteralData()[0] == '1')
			L.SizeParamOneBased = true;
	return L;
}

// ---- expressions ----------------------------------------------------------

kapi_loc CompiledReader::loc(const Expr *E)
{
	return E ? toKapiLoc(SM, SM.getFileLoc(E->getBeginLoc())) : VarLoc;
}

void CompiledReader::warn(const Expr *E, const char *Rule,
			  const std::string &Msg)
{
	kapi_diag_add(Diags, KAPI_SEV_WARNING, File.c_str(), loc(E), Rule, "%s",
		      Msg.c_str());
}

static const InitListExpr *semanticList(const Expr *Init)
{
	const auto *ILE = dyn_cast_or_null<InitListExpr>(
		Init ? Init->IgnoreParens() : nullptr);
	if (ILE && !ILE->isSemanticForm() && ILE->getSemanticForm())
		ILE = ILE->getSemanticForm();
	return ILE;
}

// The initializer of field Name, or null when it was not written.
const Expr *CompiledReader::field(const Expr *Init, StringRef Name)
{
	const InitListExpr *ILE = semanticList(Init);
	if (!ILE)
		return nullptr;
	const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
	if (!RD)
		return nullptr;
	unsigned I = 0;
	for (const FieldDecl *F : RD->fields()) {
		if (F->getName() == Name) {
			if (I >= ILE->getNumInits())
				return nullptr;
			const Expr *E = ILE->getInit(I);
			return isa<ImplicitValueInitExpr>(E) ? nullptr : E;
		}
		++I;
	}
	return nullptr;
}

// Does the struct the initializer fills have a field Name at all?  Decides
// between header versions (lock scope against the four lock booleans).
bool CompiledReader::hasField(const Expr *Init, StringRef Name)
{
	const InitListExpr *ILE = semanticList(Init);
	const RecordDecl *RD =
		ILE ? ILE->getType()->getAsRecordDecl() : nullptr;
	if (RD)
		for (const FieldDecl *F : RD->fields())
			if (F->getName() == Name)
				return true;
	return false;
}

// Element I of an array initializer, or null when not written.
const Expr *CompiledReader::element(const Expr *Init, unsigned I)
{
	const InitListExpr *ILE = semanticList(Init);
	if (!ILE || I >= ILE->getNumInits())
		return nullptr;
	const Expr *E = ILE->getInit(I);
	return isa<ImplicitValueInitExpr>(E) ? nullptr : E;
}

// The elements of array field Array that count: as many as field Count
// says, or up to the last one written when Count is absent or too big.
// Entries inside the count that were not written are null.
std::vector<const Expr *>
CompiledReader::elements(const Expr *Init, StringRef Array, StringRef Count)
{
	const Expr *Arr = field(Init, Array);
	const InitListExpr *L = semanticList(Arr);
	unsigned Max = L ? L->getNumInits() : 0, Last = 0;
	for (unsigned I = 0; I < Max; I++)
		if (element(Arr, I))
			Last = I + 1;
	int64_t N = -1;
	const Expr *CE = Count.empty() ? nullptr : field(Init, Count);
	std::string What = Count.str();
	if (CE && intField(CE, N, What.c_str()) && N > (int64_t)Last)
		warn(CE, KAPI_RULE_COMPILED,
		     "compiled spec for '" + Api + "': " + What + " is " +
			     std::to_string(N) + " but only " +
			     std::to_string(Last) + " " + Array.str() +
			     "[] are initialized");
	if (N < 0 || N > (int64_t)Last)
		N = Last;
	std::vector<const Expr *> Out;
	for (unsigned I = 0; I < (unsigned)N; I++)
		Out.push_back(element(Arr, I));
	return Out;
}

std::string CompiledReader::text(const Expr *E)
{
	CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
	StringRef T = Lexer::getSourceText(R, SM, Ctx.getLangOpts());
	return T.trim().str();
}

// The integer as written (before the conversion to the field's type).
bool CompiledReader::intOf(const Expr *E, int64_t &N, bool &U)
{
	Expr::EvalResult R;
	const Expr *W = E->IgnoreImpCasts();
	// The evaluator must not see what error recovery left behind.
	if (E->containsErrors() || E->isValueDependent() ||
	    W->isValueDependent())
		return false;
	if (!W->EvaluateAsInt(R, Ctx) && !E->EvaluateAsInt(R, Ctx))
		return false;
	const llvm::APSInt &V = R.Val.getInt();
	U = V.isUnsigned();
	// Wider than 64 bits (__int128): not a value the model can hold.
	if (U ? V.getActiveBits() > 64 : V.getSignificantBits() > 64)
		return false;
	N = U ? (int64_t)V.getZExtValue() : V.getSExtValue();
	return true;
}

// A kapi_value: the initializer's spelling, the compiler's number.
void CompiledReader::value(const Expr *E, kapi_value &V, const char *What)
{
	if (!E)
		return;
	std::string T = text(E);
	kapi_value_set_text(&V, T.empty() ? "?" : T.c_str(), loc(E));
	int64_t N;
	bool U;
	if (intOf(E, N, U)) {
		kapi_value_set_num(&V, N, U);
		return;
	}
	V.state = KAPI_VALUE_INVALID;
	warn(E, KAPI_RULE_UNRESOLVED,
	     std::string("compiled spec for '") + Api + "': " + What + " '" +
		     T + "' is not an integer constant; stored as invalid");
}

bool CompiledReader::intField(const Expr *E, int64_t &N, const char *What)
{
	bool U;
	if (!E)
		return false;
	if (intOf(E, N, U))
		return true;
	warn(E, KAPI_RULE_UNRESOLVED,
	     std::string("compiled spec for '") + Api + "': " + What + " '" +
		     text(E) + "' is not an integer constant");
	return false;
}

// A string field: `char name[N]` in older headers, `const char *` in the
// current one; either way a string literal once macros are expanded.
char *CompiledReader::str(const Expr *E)
{
	if (!E)
		return nullptr;
	const auto *SL = dyn_cast<StringLiteral>(E->IgnoreParenImpCasts());
	if (SL && SL->getCharByteWidth() == 1) {
		StringRef S = SL->getString();
		S = S.substr(0, S.find('\0'));
		return kapi_xstrndup(S.data(), S.size());
	}
	int64_t N;
	bool U;
	// NULL for a `const char *` means "not written".
	if (E->getType()->isPointerType() && intOf(E, N, U) && N == 0)
		return nullptr;
	warn(E, KAPI_RULE_COMPILED,
	     "compiled spec for '" + Api + "': '" + text(E) +
		     "' is not a string literal; ignored");
	return nullptr;
}

// The value of the enumerator named Name in this unit.
bool CompiledReader::enumValue(const char *Name, int64_t &V)
{
	if (!Name)
		return false;
	auto It = EnumCache.find(Name);
	if (It != EnumCache.end()) {
		V = It->second.second;
		return It->second.first;
	}
	bool Found = false;
	for (NamedDecl *D :
	     Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(Name)))
		if (auto *EC = dyn_cast<EnumConstantDecl>(D)) {
			V = EC->getInitVal().getExtValue();
			Found = true;
			break;
		}
	EnumCache[Name] = {Found, Found ? V : 0};
	return Found;
}

// Our enumeration value for an enumerator-valued field: the KAPI_*
// constant it names or whose value it carries.  -1 when none does.
int CompiledReader::enumOf(const Expr *E, const char *(*Enumerator)(int),
			   int First, int Count, const char *Family,
			   const char *What)
{
	if (!E)
		return -1;
	if (const auto *DR = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
		if (const auto *EC = dyn_cast<EnumConstantDecl>(DR->getDecl()))
			for (int K = First; K < Count; K++)
				if (const char *N = Enumerator(K))
					if (EC->getName() == N)
						return K;
	int64_t V;
	if (!intField(E, V, What))
		return -1;
	for (int K = First; K < Count; K++) {
		int64_t EV;
		if (enumValue(Enumerator(K), EV) && EV == V)
			return K;
	}
	warn(E, KAPI_RULE_COMPILED,
	     "compiled spec for '" + Api + "': " + What + " '" + text(E) +
		     "' (" + std::to_string(V) + ") is no " + Family +
		     " enumerator this unit defines; ignored");
	return -1;
}

// A flag word as our bits, each bit found through the unit's constant.  An
// enumerator defined as an OR of others (the current header's
// KAPI_PARAM_INOUT) is taken apart by the single-bit ones before it.
unsigned CompiledReader::flagsOf(const Expr *E,
				 const char *(*Enumerator)(unsigned),
				 unsigned Count, const char *Family,
				 const char *What)
{
	int64_t V;
	if (!E || !intField(E, V, What))
		return 0;
	uint64_t Left = (uint64_t)V;
	unsigned Bits = 0;
	for (unsigned B = 0; B < Count; B++) {
		int64_t EV;
		if (enumValue(Enumerator(B), EV) && EV &&
		    ((uint64_t)EV & Left) == (uint64_t)EV) {
			Bits |= 1u << B;
			Left &= ~(uint64_t)EV;
		}
	}
	if (Left)
		warn(E, KAPI_RULE_COMPILED,
		     "compiled spec for '" + Api + "': " + What + " '" +
			     text(E) + "' has bits 0x" + llvm::utohexstr(Left) +
			     " that no " + Family +
			     " enumerator of this unit names; ignored");
	return Bits;
}

// ---- parameters, return, errors ---------------------------------------------

static const char *typeEnum(int K)
{
	return kapi_type_enumerator((kapi_type)K);
}
static const char *constraintEnum(int K)
{
	return kapi_constraint_enumerator((kapi_constraint_kind)K);
}
static const char *returnEnum(int K)
{
	return kapi_return_check_enumerator((kapi_return_check)K);
}

// enum_values and error_values point at an array: a compound literal (the
// current KAPI_PARAM_ENUM_VALUES) or a variable the unit initializes; the
// count field says how many of its elements count.
void CompiledReader::readValueArray(const Expr *Ptr, const Expr *CountE,
				    kapi_value *&Arr, size_t &N,
				    const char *What)
{
	int64_t Count = 0;
	std::string CountWhat = std::string(What) + " count";
	bool HaveCount = intField(CountE, Count, CountWhat.c_str());
	if (!Ptr)
		return;
	const Expr *E = Ptr->IgnoreParenImpCasts();
	const InitListExpr *List = nullptr;
	if (const auto *CL = dyn_cast<CompoundLiteralExpr>(E))
		List = dyn_cast<InitListExpr>(CL->getInitializer());
	else if (const auto *DR = dyn_cast<DeclRefExpr>(E))
		if (const auto *V = dyn_cast<VarDecl>(DR->getDecl())) {
			const VarDecl *Def = nullptr;
			if (const Expr *VI = V->getAnyInitializer(Def))
				List = dyn_cast<InitListExpr>(
					VI->IgnoreParens());
		}
	int64_t Null;
	bool U;
	if (!List) {
		if (intOf(Ptr, Null, U) && Null == 0)
			return; // NULL: no values
		warn(Ptr, KAPI_RULE_COMPILED,
		     "compiled spec for '" + Api + "': " + What + " '" +
			     text(Ptr) +
			     "' is not an array this unit initializes; "
			     "ignored");
		return;
	}
	size_t K = List->getNumInits();
	if (HaveCount && Count >= 0 && (size_t)Count < K)
		K = (size_t)Count;
	Arr = (kapi_value *)kapi_xcalloc(K ? K : 1, sizeof(kapi_value));
	N = K;
	std::string One = std::string("a value of ") + What;
	for (size_t I = 0; I < K; I++)
		value(List->getInit(I), Arr[I], One.c_str());
}

void CompiledReader::readParam(const Expr *Init, kapi_param &P,
			       kapi_compiled_param_locs &L)
{
	kapi_param_init(&P);
	P.loc = loc(Init);
	const Expr *E;
	if ((E = field(Init, "name"))) {
		P.name = str(E);
		L.name = loc(E);
	}
	P.type_name = str(field(Init, "type_name"));
	if ((E = field(Init, "type"))) {
		int T = enumOf(E, typeEnum, 0, KAPI_TYPE__COUNT, "KAPI_TYPE_*",
			       "type");
		if (T >= 0)
			P.type = (kapi_type)T;
		P.type_loc = L.type = loc(E);
	}
	if ((E = field(Init, "flags"))) {
		P.flags =
			flagsOf(E, kapi_param_flag_enumerator,
				KAPI_PARAM_FLAG_COUNT, "KAPI_PARAM_*", "flags");
		L.flags = loc(E);
	}
	value(field(Init, "size"), P.size, "size");
	value(field(Init, "alignment"), P.alignment, "alignment");
	value(field(Init, "min_value"), P.min, "min_value");
	value(field(Init, "max_value"), P.max, "max_value");
	value(field(Init, "valid_mask"), P.mask, "valid_mask");
	value(field(Init, "size_multiplier"), P.size_multiplier,
	      "size_multiplier");
	if ((E = field(Init, "constraint_type"))) {
		int C = enumOf(E, constraintEnum, 0, KAPI_CONSTRAINT__COUNT,
			       "KAPI_CONSTRAINT_*", "constraint_type");
		if (C >= 0)
			P.constraint = (kapi_constraint_kind)C;
		P.constraint_loc = L.constraint = loc(E);
	}
	P.desc = str(field(Init, "description"));
	P.cdesc = str(field(Init, "constraints"));
	int64_t N;
	if ((E = field(Init, "size_param_idx")) &&
	    intField(E, N, "size_param_idx")) {
		// One-based headers keep 0 for "none"; the model is 0-based, -1
		// none.
		P.size_param_idx =
			Layout.SizeParamOneBased ? (int)N - 1 : (int)N;
		if (P.size_param_idx < -1)
			P.size_param_idx = -1;
		L.size_param_idx = loc(E);
	}
	readValueArray(field(Init, "enum_values"), field(Init, "enum_count"),
		       P.enum_values, P.enum_count, "enum_values");
}

void CompiledReader::readReturn(const Expr *Init, kapi_return &R)
{
	if (!Init)
		return;
	R.present = true;
	R.loc = loc(Init);
	R.type_name = str(field(Init, "type_name"));
	const Expr *E;
	if ((E = field(Init, "type"))) {
		int T = enumOf(E, typeEnum, 0, KAPI_TYPE__COUNT, "KAPI_TYPE_*",
			       "return type");
		if (T >= 0)
			R.type = (kapi_type)T;
		Out.Locs.ret_type = loc(E);
	}
	if ((E = field(Init, "check_type"))) {
		int C = enumOf(E, returnEnum, 1, KAPI_RETURN__COUNT,
			       "KAPI_RETURN_*", "check_type");
		if (C >= 0)
			R.check = (kapi_return_check)C;
		Out.Locs.ret_check = loc(E);
	}
	value(field(Init, "success_value"), R.success, "success_value");
	value(field(Init, "success_min"), R.success_min, "success_min");
	value(field(Init, "success_max"), R.success_max, "success_max");
	R.desc = str(field(Init, "description"));
	readValueArray(field(Init, "error_values"), field(Init, "error_count"),
		       R.error_values, R.error_value_count, "error_values");
}

void CompiledReader::readErrors(const Expr *Init)
{
	kapi_spec *S = Out.Spec;
	if (const Expr *E = field(Init, "error_count"))
		Out.Locs.error_count = loc(E);
	std::vector<const Expr *> Els = elements(Init, "errors", "error_count");
	S->errors = (kapi_error *)kapi_xcalloc(Els.size() ? Els.size() : 1,
					       sizeof(kapi_error));
	S->error_count = S->error_cap = Els.size();
	for (size_t I = 0; I < Els.size(); I++) {
		const Expr *Er = Els[I];
		kapi_error &Err = S->errors[I];
		Err.loc = loc(Er ? Er : field(Init, "errors"));
		if (!Er)
			continue;
		Err.name = str(field(Er, "name"));
		Err.condition = str(field(Er, "condition"));
		Err.desc = str(field(Er, "description"));
		value(field(Er, "error_code"), Err.code, "error_code");
	}
}

void CompiledReader::read(const VarDecl *VD)
{
	kapi_spec *S = kapi_spec_new();
	Out.Spec = S;
	Out.VD = VD;
	SourceLocation VL = SM.getFileLoc(VD->getLocation());
	File = fileNameOf(SM, VL);
	VarLoc = toKapiLoc(SM, VL);
	Out.Locs.spec = VarLoc;
	S->prov.source = KAPI_SOURCE_COMPILED;
	S->prov.file = kapi_xstrdup(File.c_str());
	S->prov.line = VarLoc.line;
	S->param_count_declared = -1;

	const Expr *Init = VD->getInit();
	if (!Init || !isa<InitListExpr>(Init->IgnoreParens())) {
		warn(nullptr, KAPI_RULE_COMPILED_UNREADABLE,
		     "compiled spec '" + VD->getName().str() +
			     "' has no initializer list; ignored");
		return;
	}
	S->name = str(field(Init, "name"));
	if (!S->name) {
		StringRef N = VD->getName();
		N.consume_front("__kapi_spec_");
		S->name = kapi_xstrndup(N.data(), N.size());
	}
	Api = S->name;
	StringRef Name(S->name);
	S->kind = Name.starts_with("sys_") || Name.starts_with("compat_sys_")
			  ? KAPI_KIND_SYSCALL
			  : KAPI_KIND_FUNCTION;
	S->description = str(field(Init, "description"));
	S->long_description = str(field(Init, "long_description"));
	S->since_version = str(field(Init, "since_version"));
	S->examples = str(field(Init, "examples"));
	S->notes = str(field(Init, "notes"));
	const Expr *E;
	if ((E = field(Init, "context_flags"))) {
		S->contexts =
			flagsOf(E, kapi_context_enumerator, KAPI_CTX_COUNT,
				"KAPI_CTX_*", "context_flags");
		S->contexts_loc = loc(E);
	}

	if ((E = field(Init, "param_count"))) {
		int64_t Declared;
		bool U;
		Out.Locs.param_count = S->param_count_loc = loc(E);
		if (intOf(E, Declared, U))
			S->param_count_declared = (int)Declared;
	}
	std::vector<const Expr *> Params =
		elements(Init, "params", "param_count");
	S->param_count = S->param_cap = Params.size();
	S->params = (kapi_param *)kapi_xcalloc(
		Params.size() ? Params.size() : 1, sizeof(kapi_param));
	Out.ParamLocs.assign(Params.size(), kapi_compiled_param_locs{});
	for (size_t I = 0; I < Params.size(); I++) {
		kapi_param_init(&S->params[I]);
		if (Params[I])
			readParam(Params[I], S->params[I], Out.ParamLocs[I]);
	}

	readReturn(field(Init, "return_spec"), S->ret);
	readErrors(Init);
	readConstraints(Init);
	readLocks(Init);
	readSignals(Init);
	readSignalMasks(Init);
	readSideEffects(Init);
	readStateTransitions(Init);
	readCapabilities(Init);
	readStructSpecs(Init);
}

void readCompiledSpec(const VarDecl *VD, ASTContext &Ctx,
		      const CompiledLayout &Layout, kapi_diag_list *Diags,
		      CompiledSpec &Out)
{
	CompiledReader R(Ctx, Layout, Diags, Out);
	R.read(VD);
	Out.Locs.params = Out.ParamLocs.data();
}

} // namespace kapi
