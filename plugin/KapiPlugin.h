//===- KapiPlugin.h - pieces of the kapi clang plugin ---------------------===//
//
// SPDX-License-Identifier: MIT
//
// The plugin is a thin layer: it turns clang's view of a translation unit
// (comments, declarations, macro expansions, evaluated values) into the C
// model of specs-db and calls the C library.  This header joins its three
// parts: the facts about a function (KapiFacts.cpp), the value resolver
// (KapiValues.cpp) and the action itself (KapiPlugin.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef KAPI_PLUGIN_H
#define KAPI_PLUGIN_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"

#include <string>
#include <vector>

extern "C" {
#include "kapi_diag.h"
#include "kapi_spec.h"
#include "kapi_compare.h"
#include "kapi_verify.h"
}

namespace kapi
{

// Where `__user` was written.  The macro usually expands to nothing in a
// clang build, so the only trace of it is the expansion the preprocessor
// reported; we keep the file offsets of those spellings.
class UserMarks
{
      public:
	void add(const clang::SourceManager &SM, clang::SourceLocation Loc);
	// Is there a mark between two file locations (inclusive)?
	bool within(const clang::SourceManager &SM, clang::SourceLocation B,
		    clang::SourceLocation E) const;

      private:
	llvm::DenseMap<clang::FileID, std::vector<unsigned>> Offsets;
};

// kapi_fn_facts plus the storage its pointers refer to.
struct FnFacts {
	std::string Name, File, RetSpelling;
	std::vector<std::string> ParamNames, ParamSpellings;
	std::vector<kapi_param_facts> Params;
	kapi_fn_facts C{};
};

// Fill Out from a function declaration.  ApiName is the spec's name for it
// (sys_dup3 for __do_sys_dup3), CodeLoc where notes should point.
void collectFacts(const clang::FunctionDecl *FD, llvm::StringRef ApiName,
		  clang::SourceLocation CodeLoc, clang::ASTContext &Ctx,
		  const UserMarks &Marks, FnFacts &Out);

// A file location as the C model's 1-based line/column.
kapi_loc toKapiLoc(const clang::SourceManager &SM, clang::SourceLocation L);
// The name of the file holding L (after macro expansion), or "".
std::string fileNameOf(const clang::SourceManager &SM, clang::SourceLocation L);

// Evaluates value text with the translation unit's own macros and types,
// once parsing is over.
class ValueResolver
{
      public:
	ValueResolver(clang::Preprocessor &PP, clang::ASTContext &Ctx)
	    : PP(PP), Ctx(Ctx)
	{
	}

	// The C value of Text; on failure Why names what could not be resolved.
	bool eval(llvm::StringRef Text, int64_t &Num, bool &IsUnsigned,
		  std::string &Why);
	// Resolve V in place when it has text; false (and Why) when it stays
	// unresolved.
	bool resolve(kapi_value &V, std::string &Why);
	// The string a macro expands to when it is one string literal.
	bool macroString(llvm::StringRef Name, std::string &Out);

      private:
	bool expand(llvm::StringRef Text, std::vector<clang::Token> &Out,
		    std::string &Why);

	clang::Preprocessor &PP;
	clang::ASTContext &Ctx;
};

// A fact read off a syscall's code (KapiMine.cpp), before it joins the
// model as a kapi_fact.
struct MinedValue {
	int64_t Num;
	bool Unsigned;
	std::string Text;
};
struct MinedFact {
	kapi_fact_kind Kind = KAPI_FACT_NONE;
	std::string Param; // the syscall's parameter; empty for errors
	int64_t Num = 0;
	bool Unsigned = false;
	std::string Text;		// as the code spells it, when it does
	std::vector<MinedValue> Values; // enum sets
	std::string File;
	kapi_loc Loc{};
};
// The tests of FD's body (and of the helpers it hands parameters on to)
// that make it fail, and the error codes it returns.
void mineFunction(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
		  std::vector<MinedFact> &Out);

// A compiled `struct kernel_api_spec` (KAPI-DSL.md §7) read into the model.
struct CompiledSpec {
	const clang::VarDecl *VD = nullptr;
	kapi_spec *Spec = nullptr; // owned by whoever called readCompiledSpec
	std::vector<kapi_compiled_param_locs> ParamLocs;
	kapi_compiled_locs Locs{};
};

// What the kernel_api_spec.h of this unit says about encodings that
// changed between versions of the series (see KapiCompiled.cpp).
struct CompiledLayout {
	// KAPI_PARAM_SIZE_PARAM stores the index plus one, 0 meaning none.
	bool SizeParamOneBased = false;
};
CompiledLayout compiledLayout(clang::Preprocessor &PP);

// Is VD placed in section .kapi_specs (whatever its type)?
bool inSpecSection(const clang::VarDecl *VD);
// The struct kernel_api_spec object a .kapi_specs entry stands for: the
// entry itself (older series) or the object its pointer initializer names
// (current series), as the declaration that holds the initializer.  Null
// with Why set when the entry cannot be read as a spec.
const clang::VarDecl *compiledSpecObject(const clang::VarDecl *VD,
					 std::string &Why);
// Read the object's initializer (KapiCompiled*.cpp); problems go to Diags.
void readCompiledSpec(const clang::VarDecl *VD, clang::ASTContext &Ctx,
		      const CompiledLayout &Layout, kapi_diag_list *Diags,
		      CompiledSpec &Out);

} // namespace kapi

#endif
