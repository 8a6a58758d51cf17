//===- KapiPlugin.cpp - check KAPI specs against the code they document ---===//
//
// SPDX-License-Identifier: MIT
//
// The `kapi` clang plugin.  While clang preprocesses, it keeps the comments
// that are KAPI specs and the places `__user` was written; once the
// translation unit is parsed it pairs every spec with the function it sits
// on, resolves the spec's symbolic values with the TU's own macros and
// types, runs the C verification rules, reports the findings as clang
// diagnostics located inside the comment, and stores the verified specs.
//
// It runs before the main action (code generation still happens), never
// fails a build unless asked to (`werror`), and costs next to nothing on a
// file without specs: a comment is looked at only if it starts with "/**"
// and mentions "context".
//
//===----------------------------------------------------------------------===//
#include "KapiPlugin.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <memory>
#include <set>

extern "C" {
#include "kapi_db.h"
#include "kapi_cexpr.h"
#include "kapi_drift.h"
#include "kapi_mined.h"
#include "kapi_lint.h"
#include "kapi_parse.h"
#include "kapi_record.h"
#include "kapi_util.h"
}

#include <cstdlib>
#include <cstring>

using namespace clang;

namespace kapi
{
namespace
{

struct Options {
	std::string DbPath;
	std::string Disabled; // comma-separated rule names
	bool Werror = false;
	bool Records = true;	     // put a spec record into the object file
	bool ErrorsUnlisted = false; // kapi-spec-error-unlisted on
	bool Mine = false; // store a "mined" spec for each syscall without one
};

// One spec comment as the preprocessor saw it.
struct SpecComment {
	FileID FID;
	unsigned Begin, End; // file offsets; End is past the closing slash
	std::string File;
	kapi_loc Start;
	std::string Text;
};

struct State {
	Options Opts;
	std::vector<SpecComment> Comments;
	UserMarks Marks;
	IdentifierInfo *UserII = nullptr;
	std::vector<const VarDecl *> Compiled; // what section .kapi_specs holds
	bool HasSyscalls =
		false; // a SYSCALL_DEFINE body (looked for with Mine)
};

class CommentCollector : public CommentHandler
{
      public:
	explicit CommentCollector(State &S) : S(S)
	{
	}

	bool HandleComment(Preprocessor &PP, SourceRange R) override
	{
		const SourceManager &SM = PP.getSourceManager();
		SourceLocation B = R.getBegin();
		if (!B.isFileID() || !R.getEnd().isFileID())
			return false;
		auto [FID, Off] = SM.getDecomposedLoc(B);
		unsigned End = SM.getFileOffset(R.getEnd());
		bool Invalid = false;
		StringRef Buf = SM.getBufferData(FID, &Invalid);
		if (Invalid || End > Buf.size() || End < Off + 5)
			return false;
		StringRef Text = Buf.slice(Off, End);
		// The cheap tests first: most comments stop here.
		if (!Text.starts_with("/**") || !Text.contains("context"))
			return false;
		if (SM.isInSystemHeader(B) ||
		    !kapi_comment_is_spec(Text.data(), Text.size()))
			return false;
		SpecComment C;
		C.FID = FID;
		C.Begin = Off;
		C.End = End;
		C.File = fileNameOf(SM, B);
		C.Start = toKapiLoc(SM, B);
		C.Text = Text.str();
		S.Comments.push_back(std::move(C));
		return false;
	}

      private:
	State &S;
};

// Remembers where `__user` was spelled: it usually expands to nothing.
class UserWatcher : public PPCallbacks
{
      public:
	UserWatcher(std::shared_ptr<State> S, const SourceManager &SM)
	    : S(std::move(S)), SM(SM)
	{
	}

	void MacroExpands(const Token &Name, const MacroDefinition &,
			  SourceRange, const MacroArgs *) override
	{
		if (Name.getIdentifierInfo() == S->UserII)
			S->Marks.add(SM, Name.getLocation());
	}

      private:
	std::shared_ptr<State> S;
	const SourceManager &SM;
};

// ---- pairing specs with functions --------------------------------------

// The API a function declaration implements: SYSCALL_DEFINEx(dup3, ...)
// gives __do_sys_dup3 with the real parameter types, documented as sys_dup3.
std::string apiName(const FunctionDecl *FD, bool &IsImpl)
{
	StringRef N = FD->getName();
	IsImpl = true;
	if (N.consume_front("__do_sys_"))
		return "sys_" + N.str();
	if (N.consume_front("__do_compat_sys_"))
		return "compat_sys_" + N.str();
	IsImpl = false;
	return N.str();
}

// How good a declaration is as the one to check a spec against.
int preference(const FunctionDecl *FD)
{
	bool IsImpl;
	apiName(FD, IsImpl);
	return (IsImpl ? 2 : 0) + (FD->doesThisDeclarationHaveABody() ? 1 : 0);
}

struct DeclAt {
	FileID FID;
	unsigned Offset; // of the expansion of the declaration's first token
	const FunctionDecl *FD;
};

class Checker
{
      public:
	Checker(State &S, ASTContext &Ctx, Preprocessor &PP)
	    : S(S), Ctx(Ctx), SM(Ctx.getSourceManager()), PP(PP),
	      Resolver(PP, Ctx)
	{
	}

	void run();

	// File-scope assembler that puts this unit's record into the object
	// (kapi_record.h), or "" when there is nothing to record.
	std::string RecordAsm;

      private:
	State &S;
	ASTContext &Ctx;
	SourceManager &SM;
	Preprocessor &PP;
	ValueResolver Resolver;
	std::vector<DeclAt> Decls;
	// Every function of the unit by API name (thousands in a kernel unit).
	llvm::StringMap<const FunctionDecl *> ByName;
	llvm::DenseSet<FileID> IndexedFiles; // files already in Files
	std::map<std::string, FileID> Files;
	kapi_diag_list Diags{};

	void indexDecls();
	const FunctionDecl *attached(size_t Idx);
	SourceLocation codeLoc(const FunctionDecl *FD);
	kapi_loc nameLoc(const SpecComment &C, const char *Name);
	void resolveValues(kapi_spec *Spec);
	void resolveOne(kapi_value &V, bool Warn, kapi_spec *Spec);
	enum kapi_verify_state check(kapi_spec *Spec, const SpecComment &C,
				     size_t Idx);
	enum kapi_verify_state verifyWith(kapi_spec *Spec,
					  const FunctionDecl *FD);
	void compiled(std::vector<kapi_spec *> &Specs);
	void lint(const kapi_spec *Spec);
	void constraintExprs(kapi_spec *Spec);
	void mine(kapi_spec *Spec, const FunctionDecl *FD);
	void minedSpecs(std::vector<kapi_spec *> &Specs);
	size_t drift(const kapi_spec *Spec);
	void bitNames(const char *Text, std::map<uint64_t, std::string> &Out,
		      unsigned Depth);
	static const char *bitName(void *Ctx, const char *Param, uint64_t Bit);
	// Names of single bits per parameter of the spec drift() checks, found
	// only when a mask finding asks for them.
	const kapi_spec *DriftSpec = nullptr;
	std::map<std::string, std::map<uint64_t, std::string>> BitNames;
	void provenance(kapi_spec *Spec, enum kapi_verify_state V);
	void emit();
	void store(std::vector<kapi_spec *> &Specs);
	void record(std::vector<kapi_spec *> &Specs);
};

void Checker::indexDecls()
{
	for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
		auto *FD = dyn_cast<FunctionDecl>(D);
		if (!FD || !FD->getIdentifier())
			continue;
		SourceLocation L = SM.getExpansionLoc(FD->getBeginLoc());
		if (L.isInvalid())
			continue;
		auto Dec = SM.getDecomposedLoc(L);
		Decls.push_back({Dec.first, Dec.second, FD});
		bool IsImpl;
		std::string Name = apiName(FD, IsImpl);
		auto [It, New] = ByName.try_emplace(Name, FD);
		if (!New && preference(FD) > preference(It->second))
			It->second = FD;
		if (IndexedFiles.insert(Dec.first).second)
			Files.emplace(fileNameOf(SM, L), Dec.first);
	}
}

// The function the comment documents: the first declaration after it in the
// same file, unless another spec comment comes first.  One macro expansion
// (SYSCALL_DEFINEx) yields several declarations; take the best of them.
const FunctionDecl *Checker::attached(size_t Idx)
{
	const SpecComment &C = S.Comments[Idx];
	unsigned Limit = ~0u;
	for (const SpecComment &O : S.Comments)
		if (O.FID == C.FID && O.Begin > C.Begin && O.Begin < Limit)
			Limit = O.Begin;
	unsigned Best = ~0u;
	for (const DeclAt &D : Decls)
		if (D.FID == C.FID && D.Offset >= C.End && D.Offset < Limit &&
		    D.Offset < Best)
			Best = D.Offset;
	const FunctionDecl *Pick = nullptr;
	for (const DeclAt &D : Decls)
		if (D.FID == C.FID && D.Offset == Best &&
		    (!Pick || preference(D.FD) > preference(Pick)))
			Pick = D.FD;
	return Pick;
}

SourceLocation Checker::codeLoc(const FunctionDecl *FD)
{
	return SM.getFileLoc(FD->getLocation());
}

// Where the kerneldoc name sits on the comment's first lines.
kapi_loc Checker::nameLoc(const SpecComment &C, const char *Name)
{
	StringRef T(C.Text);
	size_t P = Name ? T.find(Name) : StringRef::npos;
	if (P == StringRef::npos)
		return C.Start;
	kapi_loc L = C.Start;
	for (size_t I = 0; I < P; I++) {
		if (T[I] == '\n') {
			L.line++;
			L.col = 1;
		} else {
			L.col++;
		}
	}
	return L;
}

void Checker::resolveOne(kapi_value &V, bool Warn, kapi_spec *Spec)
{
	std::string Why;
	if (V.state == KAPI_VALUE_ABSENT || !V.text)
		return;
	if (Resolver.resolve(V, Why) || !Warn)
		return;
	kapi_loc L = V.loc.line ? V.loc : kapi_loc{Spec->prov.line, 1};
	if (Why == "'" + std::string(V.text) + "'")
		kapi_diag_add(&Diags, KAPI_SEV_WARNING, Spec->prov.file, L,
			      KAPI_RULE_UNRESOLVED,
			      "cannot evaluate '%s' for this target; stored as "
			      "unresolved",
			      V.text);
	else
		kapi_diag_add(
			&Diags, KAPI_SEV_WARNING, Spec->prov.file, L,
			KAPI_RULE_UNRESOLVED,
			"cannot resolve %s in '%s' for this target; stored as "
			"unresolved",
			Why.c_str(), V.text);
}

// Values as the compiler computes them for this target.  Capability and
// signal numbers are resolved when the TU happens to define them, silently
// otherwise: a syscall file need not include those headers.
void Checker::resolveValues(kapi_spec *Spec)
{
	for (size_t I = 0; I < Spec->param_count; I++) {
		kapi_param &P = Spec->params[I];
		for (kapi_value *V : {&P.min, &P.max, &P.mask, &P.alignment,
				      &P.size, &P.size_multiplier})
			resolveOne(*V, true, Spec);
		for (size_t K = 0; K < P.enum_count; K++)
			resolveOne(P.enum_values[K], true, Spec);
		// An arch-mask entry means something only on its own
		// architecture: elsewhere its macros may be missing or carry
		// another number.
		const char *Arch = kapi_arch_from_triple(
			Ctx.getTargetInfo().getTriple().str().c_str());
		for (size_t K = 0; K < P.arch_mask_count; K++)
			if (Arch && P.arch_masks[K].arch &&
			    !strcmp(Arch, P.arch_masks[K].arch))
				resolveOne(P.arch_masks[K].mask, true, Spec);
	}
	kapi_return &R = Spec->ret;
	for (kapi_value *V : {&R.success, &R.success_min, &R.success_max})
		resolveOne(*V, true, Spec);
	for (size_t K = 0; K < R.error_value_count; K++)
		resolveOne(R.error_values[K], true, Spec);
	for (size_t K = 0; K < Spec->error_count; K++) {
		kapi_value &V = Spec->errors[K].code;
		resolveOne(V, false, Spec);
		// `error: EBADF, ...` names the errno; the code is its
		// negation.
		if (V.state == KAPI_VALUE_RESOLVED && V.text &&
		    V.text[0] != '-' && V.num > 0)
			kapi_value_set_num(&V, -V.num, false);
	}
	for (size_t K = 0; K < Spec->signal_count; K++) {
		kapi_signal &G = Spec->signals[K];
		for (kapi_value *V : {&G.number, &G.error, &G.sa_flags_required,
				      &G.sa_flags_forbidden})
			resolveOne(*V, false, Spec);
	}
	for (size_t K = 0; K < Spec->capability_count; K++)
		resolveOne(Spec->capabilities[K].number, false, Spec);
}

enum kapi_verify_state Checker::check(kapi_spec *Spec, const SpecComment &C,
				      size_t Idx)
{
	const FunctionDecl *FD = attached(Idx);
	std::string Name = Spec->name ? Spec->name : "";
	bool IsImpl;

	if (FD && apiName(FD, IsImpl) != Name) {
		std::string Got = apiName(FD, IsImpl);
		kapi_diag_add(&Diags, KAPI_SEV_WARNING, Spec->prov.file,
			      nameLoc(C, Spec->name), KAPI_RULE_MISMATCH,
			      "spec for '%s' documents '%s'", Name.c_str(),
			      Got.c_str());
		kapi_diag_add(&Diags, KAPI_SEV_NOTE,
			      fileNameOf(SM, codeLoc(FD)).c_str(),
			      toKapiLoc(SM, codeLoc(FD)), nullptr,
			      "%s defined here", Got.c_str());
		return KAPI_VERIFY_ERRORS;
	}
	if (!FD) {
		auto It = ByName.find(Name);
		if (It == ByName.end()) {
			kapi_diag_add(&Diags, KAPI_SEV_WARNING, Spec->prov.file,
				      nameLoc(C, Spec->name), KAPI_RULE_ORPHAN,
				      "spec for '%s', which this file does not "
				      "define",
				      Name.c_str());
			return KAPI_VERIFY_ERRORS;
		}
		FD = It->second;
	}
	// Check against the best declaration of this API (the definition with
	// the real parameter types), wherever the comment found it.
	auto It = ByName.find(Name);
	if (It != ByName.end())
		FD = It->second;
	return verifyWith(Spec, FD);
}

enum kapi_verify_state Checker::verifyWith(kapi_spec *Spec,
					   const FunctionDecl *FD)
{
	std::string Name = Spec->name ? Spec->name : "";
	FnFacts F;
	collectFacts(FD, Name, codeLoc(FD), Ctx, S.Marks, F);

	std::vector<kapi_errno_facts> Errnos(Spec->error_count);
	for (size_t K = 0; K < Spec->error_count; K++) {
		std::string Why;
		int64_t N;
		bool U;
		const char *EName = Spec->errors[K].name;
		if (EName && PP.isMacroDefined(EName) &&
		    Resolver.eval(EName, N, U, Why) && N > 0)
			Errnos[K] = {true, N};
	}
	// Record the C types as written (with __user) next to the spec.
	for (size_t K = 0; K < Spec->param_count; K++) {
		kapi_param &P = Spec->params[K];
		for (const kapi_param_facts &R : F.Params)
			if (!P.type_name && P.name &&
			    strcmp(P.name, R.name) == 0)
				P.type_name = kapi_xstrdup(R.type.spelling);
	}
	enum kapi_verify_state V =
		kapi_verify_spec(Spec, &F.C, Errnos.data(), &Diags);
	mine(Spec, FD);
	if (drift(Spec) && V == KAPI_VERIFY_OK)
		V = KAPI_VERIFY_WARNINGS;
	return V;
}

// ---- constraints between arguments -----------------------------------------

// Identifiers of a constraint expression that are not parameters: the
// unit's macros and enumerators, as this target defines them.
static bool cexprResolve(void *Ctx, const char *Ident, int64_t *Num,
			 bool *IsUnsigned)
{
	std::string Why;
	return static_cast<ValueResolver *>(Ctx)->eval(Ident, *Num, *IsUnsigned,
						       Why);
}

// Each `expr:` must parse and name only parameters of the spec and
// constants of the unit; its resolved form (numbers for macros) is stored
// for the checker and the header, which have no kernel headers.
void Checker::constraintExprs(kapi_spec *Spec)
{
	for (size_t I = 0; I < Spec->constraint_count; I++) {
		kapi_constraint &K = Spec->constraints[I];
		char *Err = nullptr;
		size_t Pos = 0;
		if (!K.expr || !*K.expr)
			continue;
		kapi_cexpr *E = kapi_cexpr_parse(K.expr, &Err, &Pos);
		if (E &&
		    !kapi_cexpr_bind(E, Spec, cexprResolve, &Resolver, &Err,
				     &Pos) &&
		    !kapi_cexpr_typecheck(E, Spec, &Err, &Pos)) {
			free(K.expr_resolved);
			K.expr_resolved = kapi_cexpr_print(E);
		} else {
			kapi_loc L = K.loc.line ? K.loc
						: kapi_loc{Spec->prov.line, 1};
			kapi_diag_add(&Diags, KAPI_SEV_WARNING, Spec->prov.file,
				      L, KAPI_RULE_CONSTRAINT_EXPR,
				      "constraint '%s' of %s: %s, at offset "
				      "%zu of '%s'; the "
				      "expression is kept as prose",
				      K.name ? K.name : "?",
				      Spec->name ? Spec->name : "?",
				      Err ? Err : "cannot be read", Pos,
				      K.expr);
		}
		free(Err);
		kapi_cexpr_free(E);
	}
}

// ---- facts from the code ---------------------------------------------------

// The tests and error returns of the syscall's body (KapiMine.cpp), merged
// into the spec's facts.
void Checker::mine(kapi_spec *Spec, const FunctionDecl *FD)
{
	const FunctionDecl *Def = nullptr;
	if (!FD->hasBody(Def) || !Def)
		return;
	std::vector<MinedFact> Mined;
	mineFunction(Def, Ctx, Mined);
	for (const MinedFact &M : Mined) {
		kapi_fact F{};
		F.kind = M.Kind;
		F.param = M.Param.empty() ? nullptr
					  : kapi_xstrdup(M.Param.c_str());
		if (M.Kind != KAPI_FACT_ENUM) {
			std::string T =
				M.Text.empty()
					? (M.Unsigned ? std::to_string(
								(uint64_t)M.Num)
						      : std::to_string(M.Num))
					: M.Text;
			kapi_value_set_text(&F.value, T.c_str(), M.Loc);
			kapi_value_set_num(&F.value, M.Num, M.Unsigned);
		}
		F.value_count = M.Values.size();
		F.values = F.value_count
				   ? (kapi_value *)kapi_xcalloc(
					     F.value_count, sizeof(kapi_value))
				   : nullptr;
		for (size_t I = 0; I < F.value_count; I++) {
			const MinedValue &V = M.Values[I];
			std::string T =
				V.Text.empty() ? std::to_string(V.Num) : V.Text;
			kapi_value_set_text(&F.values[I], T.c_str(), M.Loc);
			kapi_value_set_num(&F.values[I], V.Num, V.Unsigned);
		}
		F.file = kapi_xstrdup(M.File.c_str());
		F.loc = M.Loc;
		kapi_spec_add_fact(Spec, &F);
	}
}

// With -fplugin-arg-kapi-mine, each syscall of the file without a spec
// gets one of source "mined": its signature and what its code tests.
void Checker::minedSpecs(std::vector<kapi_spec *> &Specs)
{
	std::set<std::string> Have;
	for (const kapi_spec *Spec : Specs)
		if (Spec->name)
			Have.insert(Spec->name);
	// In name order: StringMap's own order varies.
	std::map<std::string, const FunctionDecl *> Sorted;
	for (const auto &E : ByName)
		Sorted.emplace(E.getKey().str(), E.getValue());
	for (const auto &[Name, FD] : Sorted) {
		bool IsImpl;
		const FunctionDecl *Def = nullptr;
		apiName(FD, IsImpl);
		if (!IsImpl || Have.count(Name) || !FD->hasBody(Def) || !Def ||
		    !SM.isWrittenInMainFile(
			    SM.getExpansionLoc(Def->getLocation())))
			continue;
		FnFacts F;
		collectFacts(FD, Name, codeLoc(FD), Ctx, S.Marks, F);
		kapi_spec *Spec = kapi_mined_spec(&F.C);
		mine(Spec, FD);
		provenance(Spec, KAPI_VERIFY_NONE);
		Specs.push_back(Spec);
	}
}

// Identifiers of Text (and of the macros they expand to) whose value for
// this target is a single bit.
void Checker::bitNames(const char *Text, std::map<uint64_t, std::string> &Out,
		       unsigned Depth)
{
	if (!Text || Depth > 4)
		return;
	StringRef T(Text);
	while (!T.empty()) {
		size_t B = T.find_if(
			[](char C) { return clang::isLetter(C) || C == '_'; });
		if (B == StringRef::npos)
			break;
		T = T.drop_front(B);
		size_t E = T.find_if_not([](char C) {
			return clang::isAlphanumeric(C) || C == '_';
		});
		std::string Id = T.take_front(E).str();
		T = T.drop_front(std::min(E, T.size()));
		int64_t N;
		bool U;
		std::string Why;
		if (!PP.isMacroDefined(Id) || !Resolver.eval(Id, N, U, Why))
			continue;
		uint64_t Bits = (uint64_t)N;
		if (Bits && !(Bits & (Bits - 1)))
			Out.emplace(Bits, Id);
		else if (const MacroInfo *MI =
				 PP.getMacroInfo(PP.getIdentifierInfo(Id))) {
			std::string Body;
			for (const Token &Tok : MI->tokens())
				if (const IdentifierInfo *II =
					    Tok.getIdentifierInfo())
					Body += II->getName().str() + " ";
			bitNames(Body.c_str(), Out, Depth + 1);
		}
	}
}

// The macros of the spec's mask (and arch masks) and of the code's mask
// expressions for Param, first asked for when a mask finding is written.
const char *Checker::bitName(void *Ctx, const char *Param, uint64_t Bit)
{
	auto *C = static_cast<Checker *>(Ctx);
	const kapi_spec *Spec = C->DriftSpec;
	if (!Param || !Spec)
		return nullptr;
	auto [It, New] = C->BitNames.try_emplace(Param);
	std::map<uint64_t, std::string> &Names = It->second;
	if (New) {
		if (const kapi_param *P = kapi_spec_find_param(Spec, Param)) {
			C->bitNames(P->mask.text, Names, 0);
			for (size_t K = 0; K < P->arch_mask_count; K++)
				C->bitNames(P->arch_masks[K].mask.text, Names,
					    0);
		}
		for (size_t K = 0; K < Spec->fact_count; K++)
			if (Spec->facts[K].param &&
			    !strcmp(Spec->facts[K].param, Param))
				C->bitNames(Spec->facts[K].value.text, Names,
					    0);
	}
	auto B = Names.find(Bit);
	return B == Names.end() ? nullptr : B->second.c_str();
}

size_t Checker::drift(const kapi_spec *Spec)
{
	DriftSpec = Spec;
	BitNames.clear();
	kapi_drift_options O{S.Opts.ErrorsUnlisted, bitName, this};
	size_t N = kapi_drift_check(Spec, &O, &Diags);
	DriftSpec = nullptr;
	return N;
}

void Checker::provenance(kapi_spec *Spec, enum kapi_verify_state V)
{
	kapi_provenance &P = Spec->prov;
	std::string KV, Why;
	int64_t N;
	bool U;

	free(P.target);
	P.target = kapi_xstrdup(Ctx.getTargetInfo().getTriple().str().c_str());
	free(P.compiler);
	P.compiler = kapi_xstrdup(getClangFullVersion().c_str());
	if (Resolver.macroString("UTS_RELEASE", KV) ||
	    (PP.isMacroDefined("LINUX_VERSION_CODE") &&
	     Resolver.eval("LINUX_VERSION_CODE", N, U, Why) &&
	     (KV = std::to_string(N >> 16) + "." +
		   std::to_string((N >> 8) & 255) + "." +
		   std::to_string(N & 255),
	      true))) {
		free(P.kernel_version);
		P.kernel_version = kapi_xstrdup(KV.c_str());
	}
	P.verified = V;
}

void Checker::run()
{
	std::vector<kapi_spec *> Specs;
	std::map<std::string, size_t> Seen;

	indexDecls();
	for (size_t I = 0; I < S.Comments.size(); I++) {
		const SpecComment &C = S.Comments[I];
		Files.emplace(C.File, C.FID);
		kapi_spec *Spec =
			kapi_parse_comment(C.Text.data(), C.Text.size(),
					   C.File.c_str(), C.Start, &Diags);
		if (!Spec)
			continue;
		if (!Spec->prov.file)
			Spec->prov.file = kapi_xstrdup(C.File.c_str());
		if (!Spec->prov.line)
			Spec->prov.line = C.Start.line;
		std::string Name = Spec->name ? Spec->name : "";
		auto [It, New] = Seen.emplace(Name, I);
		if (!New) {
			kapi_diag_add(&Diags, KAPI_SEV_WARNING, Spec->prov.file,
				      nameLoc(C, Spec->name),
				      KAPI_RULE_DUPLICATE,
				      "second spec for '%s'", Name.c_str());
			const SpecComment &First = S.Comments[It->second];
			kapi_diag_add(&Diags, KAPI_SEV_NOTE, First.File.c_str(),
				      nameLoc(First, Spec->name), nullptr,
				      "first spec for '%s' is here",
				      Name.c_str());
		}
		resolveValues(Spec);
		// After check(): the parameters' C types decide the types of
		// the constraint expressions.
		enum kapi_verify_state V = check(Spec, C, I);
		constraintExprs(Spec);
		lint(Spec);
		provenance(Spec, V);
		Specs.push_back(Spec);
	}
	compiled(Specs);
	if (S.Opts.Mine)
		minedSpecs(Specs);
	emit();
	store(Specs);
	record(Specs);
	for (kapi_spec *Spec : Specs)
		kapi_spec_free(Spec);
	kapi_diag_list_free(&Diags);
}

// The spec lint of the library (kapi_lint.h), with terms evaluated for
// this target: a mask of SEEK_* constants is known here, not to kapi-db.
static bool lintEval(void *Ctx, const char *Term, int64_t *Value)
{
	std::string Why;
	bool U;
	return static_cast<ValueResolver *>(Ctx)->eval(Term, *Value, U, Why);
}

void Checker::lint(const kapi_spec *Spec)
{
	kapi_lint_spec(Spec, nullptr, lintEval, &Resolver, &Diags);
}

// ---- compiled specs ------------------------------------------------------

// Each compiled struct kernel_api_spec is read through the AST.  When a
// comment documents the same API, the comment's spec (already verified) is
// the one stored and the compiled one is compared with it field by field;
// otherwise the compiled spec is verified against the function like a
// comment spec and stored itself.
void Checker::compiled(std::vector<kapi_spec *> &Specs)
{
	std::map<std::string, const VarDecl *> Seen;
	std::set<const VarDecl *> Read;
	CompiledLayout Layout = compiledLayout(PP);
	for (const VarDecl *Entry : S.Compiled) {
		std::string Why;
		const VarDecl *VD = compiledSpecObject(Entry, Why);
		if (!VD) {
			SourceLocation EL = SM.getFileLoc(Entry->getLocation());
			Files.emplace(fileNameOf(SM, EL), SM.getFileID(EL));
			kapi_diag_add(
				&Diags, KAPI_SEV_WARNING,
				fileNameOf(SM, EL).c_str(), toKapiLoc(SM, EL),
				KAPI_RULE_COMPILED_UNREADABLE,
				"'%s' in section .kapi_specs is not a spec the "
				"plugin "
				"can read: %s",
				Entry->getName().str().c_str(), Why.c_str());
			continue;
		}
		// A pointer to an object that is in the section itself: read
		// once.
		if (!Read.insert(VD->getCanonicalDecl()).second)
			continue;
		CompiledSpec CS;
		readCompiledSpec(VD, Ctx, Layout, &Diags, CS);
		kapi_spec *Spec = CS.Spec;
		CS.Locs.params = CS.ParamLocs.data();
		SourceLocation VL = SM.getFileLoc(VD->getLocation());
		Files.emplace(fileNameOf(SM, VL), SM.getFileID(VL));
		if (!Spec->name) {
			kapi_spec_free(Spec);
			continue;
		}
		std::string Name = Spec->name;
		auto [SIt, New] = Seen.emplace(Name, VD);
		if (!New) {
			kapi_diag_add(&Diags, KAPI_SEV_WARNING, Spec->prov.file,
				      CS.Locs.spec, KAPI_RULE_DUPLICATE,
				      "second compiled spec for '%s'",
				      Name.c_str());
			kapi_spec_free(Spec);
			continue;
		}
		kapi_spec *Comment = nullptr;
		for (kapi_spec *O : Specs)
			if (O->name && Name == O->name &&
			    O->prov.source != KAPI_SOURCE_COMPILED)
				Comment = O;
		if (Comment) {
			kapi_compare_specs(Comment, Spec, &CS.Locs, &Diags);
			kapi_spec_free(Spec);
			continue;
		}
		auto It = ByName.find(Name);
		if (It == ByName.end()) {
			kapi_diag_add(&Diags, KAPI_SEV_WARNING, Spec->prov.file,
				      CS.Locs.spec, KAPI_RULE_ORPHAN,
				      "compiled spec for '%s', which this file "
				      "does not "
				      "define",
				      Name.c_str());
			provenance(Spec, KAPI_VERIFY_ERRORS);
		} else {
			provenance(Spec, verifyWith(Spec, It->second));
		}
		constraintExprs(Spec);
		lint(Spec);
		Specs.push_back(Spec);
	}
}

// ---- reporting -------------------------------------------------------------

// A finding must never fail a build unless `werror` was given, even under
// -Werror.  Custom diagnostic IDs belong to no warning group, so clang
// offers no -Wno-error= for them; their level is fixed when the ID is made,
// and clang 19 does not upgrade a custom Warning for -Werror (a test pins
// that down).
unsigned diagID(DiagnosticsEngine &DE, DiagnosticsEngine::Level L)
{
	return DE.getCustomDiagID(L, "%0");
}

void Checker::emit()
{
	DiagnosticsEngine &DE = Ctx.getDiagnostics();
	bool Shown = false;

	for (size_t I = 0; I < Diags.count; I++) {
		const kapi_diag &D = Diags.items[I];
		if (D.severity == KAPI_SEV_NOTE) {
			if (!Shown)
				continue;
		} else {
			Shown = !(D.rule &&
				  kapi_rule_listed(S.Opts.Disabled.c_str(),
						   D.rule));
			if (!Shown)
				continue;
		}
		SourceLocation L;
		auto F = Files.find(D.file ? D.file : "");
		if (F != Files.end() && D.loc.line)
			L = SM.translateLineCol(F->second, D.loc.line,
						D.loc.col ? D.loc.col : 1);
		DiagnosticsEngine::Level Lv =
			D.severity == KAPI_SEV_NOTE ? DiagnosticsEngine::Note
			: S.Opts.Werror		    ? DiagnosticsEngine::Error
					: DiagnosticsEngine::Warning;
		std::string Msg = D.message ? D.message : "";
		if (D.rule)
			Msg += " [" + std::string(D.rule) + "]";
		DE.Report(L, diagID(DE, Lv)) << Msg;
	}
}

void Checker::store(std::vector<kapi_spec *> &Specs)
{
	if (S.Opts.DbPath.empty())
		return;
	DiagnosticsEngine &DE = Ctx.getDiagnostics();
	kapi_db *Db = nullptr;
	char *Err = nullptr;
	if (kapi_db_open(S.Opts.DbPath.c_str(), KAPI_DB_WRITE, &Db, &Err) ==
	    0) {
		if (kapi_db_store(Db, Specs.data(), Specs.size(), &Diags,
				  &Err) != 0) {
			kapi_db_close(Db);
			Db = nullptr;
		} else {
			kapi_db_close(Db);
			return;
		}
	}
	std::string Msg = "kapi: cannot store specs in '" + S.Opts.DbPath +
			  "': " + (Err ? Err : "unknown error") + " [kapi-db]";
	free(Err);
	DE.Report(diagID(DE, DiagnosticsEngine::Warning)) << Msg;
}

// ---- records in the object file
// ----------------------------------------------

// What the database gets, the object file gets too, so a build that skips
// the compiler (a ccache hit, a distcc compile elsewhere) keeps its specs.
// Only on ELF targets, and only when the unit had spec comments at all: a
// file without specs compiles to the same bytes with and without the
// plugin.
void Checker::record(std::vector<kapi_spec *> &Specs)
{
	if (!S.Opts.Records || (Specs.empty() && !Diags.count) ||
	    !Ctx.getTargetInfo().getTriple().isOSBinFormatELF())
		return;
	size_t Len = 0;
	unsigned char *Rec =
		kapi_record_encode(Specs.data(), Specs.size(), &Diags, &Len);
	char *Asm = kapi_record_asm(Rec, Len);
	RecordAsm = Asm;
	free(Asm);
	free(Rec);
}

// Hand the record to code generation as a file-scope asm declaration, the
// way `asm("...");` at file scope reaches it.  The plugin's consumer runs
// before the main one, which has not yet finished the module: the
// declaration becomes module-level assembler in the object file (and in
// LLVM IR or bitcode under -emit-llvm / -flto).  With -fsyntax-only the
// main consumer ignores it.
void addRecord(CompilerInstance &CI, ASTContext &Ctx, const std::string &Asm)
{
	if (Asm.empty() || !CI.hasASTConsumer())
		return;
	QualType Ty = Ctx.getConstantArrayType(
		Ctx.CharTy, llvm::APInt(32, Asm.size() + 1), nullptr,
		ArraySizeModifier::Normal, 0);
	StringLiteral *Str =
		StringLiteral::Create(Ctx, Asm, StringLiteralKind::Ordinary,
				      false, Ty, SourceLocation());
	FileScopeAsmDecl *D =
		FileScopeAsmDecl::Create(Ctx, Ctx.getTranslationUnitDecl(), Str,
					 SourceLocation(), SourceLocation());
	CI.getASTConsumer().HandleTopLevelDecl(DeclGroupRef(D));
}

// ---- the plugin ------------------------------------------------------------

class Consumer : public ASTConsumer
{
      public:
	Consumer(std::shared_ptr<State> S, CompilerInstance &CI)
	    : S(S), CI(CI), PP(CI.getPreprocessor()), Collector(*S)
	{
		PP.addCommentHandler(&Collector);
	}
	~Consumer() override
	{
		PP.removeCommentHandler(&Collector);
	}

	bool HandleTopLevelDecl(DeclGroupRef DG) override
	{
		for (Decl *D : DG) {
			if (auto *VD = dyn_cast<VarDecl>(D)) {
				if (VD->hasAttr<SectionAttr>() &&
				    inSpecSection(VD))
					S->Compiled.push_back(VD);
			} else if (S->Opts.Mine && !S->HasSyscalls) {
				auto *FD = dyn_cast<FunctionDecl>(D);
				S->HasSyscalls =
					FD && FD->getIdentifier() &&
					FD->getName().starts_with(
						"__do_sys_") &&
					FD->doesThisDeclarationHaveABody();
			}
		}
		return true;
	}

	void HandleTranslationUnit(ASTContext &Ctx) override
	{
		if (S->Comments.empty() && S->Compiled.empty() &&
		    !S->HasSyscalls)
			return; // the common case: no specs, no cost
		Checker C(*S, Ctx, PP);
		C.run();
		addRecord(CI, Ctx, C.RecordAsm);
	}

      private:
	std::shared_ptr<State> S;
	CompilerInstance &CI;
	Preprocessor &PP;
	CommentCollector Collector;
};

const char Usage[] =
	"kapi plugin: checks KAPI spec comments against the code\n"
	"  -fplugin-arg-kapi-db=PATH         store verified specs in PATH\n"
	"  -fplugin-arg-kapi-werror          findings are errors\n"
	"  -fplugin-arg-kapi-disable=R1,R2   do not report rules R1, R2\n"
	"  -fplugin-arg-kapi-no-records      no spec record in the object "
	"file\n"
	"  -fplugin-arg-kapi-mine            store what the code of each "
	"syscall\n"
	"                                    without a spec tests (source "
	"mined)\n"
	"  -fplugin-arg-kapi-error-unlisted  report error codes the code "
	"returns\n"
	"                                    and the spec does not list\n"
	"  -fplugin-arg-kapi-help            print this help\n"
	"rules: kapi-spec-orphan kapi-spec-mismatch kapi-spec-duplicate\n"
	"  kapi-param-mismatch kapi-param-type kapi-constraint kapi-errno\n"
	"  kapi-return kapi-unresolved kapi-spec-compiled\n"
	"  kapi-spec-compiled-mismatch kapi-spec-compiled-unreadable\n"
	"  kapi-spec-mask-drift kapi-spec-enum-drift kapi-spec-range-drift\n"
	"  kapi-spec-alignment-drift kapi-spec-error-unlisted\n"
	"  kapi-spec-constraint-expr\n"
	"  (and the parser's kapi-spec-*)\n"
	"specs come from kerneldoc comments and from compiled\n"
	"  struct kernel_api_spec objects in section .kapi_specs, or the\n"
	"  objects the pointers in that section point at\n";

class Action : public PluginASTAction
{
      protected:
	std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
						       StringRef) override
	{
		Preprocessor &PP = CI.getPreprocessor();
		auto S = std::make_shared<State>();
		S->Opts = Opts;
		S->UserII = PP.getIdentifierInfo("__user");
		PP.addPPCallbacks(std::make_unique<UserWatcher>(
			S, CI.getSourceManager()));
		return std::make_unique<Consumer>(S, CI);
	}

	bool ParseArgs(const CompilerInstance &CI,
		       const std::vector<std::string> &Args) override
	{
		DiagnosticsEngine &DE = CI.getDiagnostics();
		for (const std::string &A : Args) {
			StringRef Key = StringRef(A).split('=').first;
			StringRef Val = StringRef(A).split('=').second;
			if (Key == "db" && !Val.empty()) {
				Opts.DbPath = Val.str();
			} else if (Key == "werror" && Val.empty()) {
				Opts.Werror = true;
			} else if (Key == "no-records" && Val.empty()) {
				Opts.Records = false;
			} else if (Key == "error-unlisted" && Val.empty()) {
				Opts.ErrorsUnlisted = true;
			} else if (Key == "mine" && Val.empty()) {
				Opts.Mine = true;
			} else if (Key == "disable") {
				if (!Opts.Disabled.empty())
					Opts.Disabled += ",";
				Opts.Disabled += Val.str();
			} else if (Key == "help") {
				llvm::errs() << Usage;
			} else {
				DE.Report(
					diagID(DE, DiagnosticsEngine::Warning))
					<< "kapi: unknown plugin argument '" +
						   A +
						   "' ignored; "
						   "-fplugin-arg-kapi-help "
						   "lists them";
			}
		}
		return true; // a bad argument must not stop the build
	}

	ActionType getActionType() override
	{
		return AddBeforeMainAction;
	}

      private:
	Options Opts;
};

} // namespace
} // namespace kapi

static FrontendPluginRegistry::Add<kapi::Action>
	X("kapi", "check KAPI spec comments against the code they document");
