//===- KapiCompiledReader.h - the compiled-spec reader's internals --------===//
//
// SPDX-License-Identifier: MIT
//
// Shared by KapiCompiled.cpp (the object, its parameters, return and errors)
// and KapiCompiledSections.cpp (locks, signals, signal masks, side effects,
// state transitions, capabilities, constraints, struct specs).  Nothing
// outside the reader includes this; the plugin sees readCompiledSpec().
//
//===----------------------------------------------------------------------===//
#ifndef KAPI_COMPILED_READER_H
#define KAPI_COMPILED_READER_H

#include "KapiPlugin.h"

#include "clang/AST/Expr.h"

#include <map>
#include <string>
#include <vector>

namespace kapi
{

class CompiledReader
{
      public:
	CompiledReader(clang::ASTContext &Ctx, const CompiledLayout &Layout,
		       kapi_diag_list *Diags, CompiledSpec &Out)
	    : Ctx(Ctx), SM(Ctx.getSourceManager()), Layout(Layout),
	      Diags(Diags), Out(Out)
	{
	}

	void read(const clang::VarDecl *VD);

      private:
	clang::ASTContext &Ctx;
	clang::SourceManager &SM;
	const CompiledLayout &Layout;
	kapi_diag_list *Diags;
	CompiledSpec &Out;
	std::string File;
	kapi_loc VarLoc{};
	std::string Api = "?";
	std::map<std::string, std::pair<bool, int64_t>> EnumCache;

	// ---- expressions
	// ------------------------------------------------------
	kapi_loc loc(const clang::Expr *E);
	void warn(const clang::Expr *E, const char *Rule,
		  const std::string &Msg);
	const clang::Expr *field(const clang::Expr *Init, llvm::StringRef Name);
	bool hasField(const clang::Expr *Init, llvm::StringRef Name);
	const clang::Expr *element(const clang::Expr *Init, unsigned I);
	std::vector<const clang::Expr *> elements(const clang::Expr *Init,
						  llvm::StringRef Array,
						  llvm::StringRef Count);
	std::string text(const clang::Expr *E);
	bool intOf(const clang::Expr *E, int64_t &N, bool &U);
	void value(const clang::Expr *E, kapi_value &V, const char *What);
	bool intField(const clang::Expr *E, int64_t &N, const char *What);
	int boolField(const clang::Expr *Init, llvm::StringRef Name);
	char *str(const clang::Expr *E);
	bool enumValue(const char *Name, int64_t &V);
	int enumOf(const clang::Expr *E, const char *(*Enumerator)(int),
		   int First, int Count, const char *Family, const char *What);
	unsigned flagsOf(const clang::Expr *E,
			 const char *(*Enumerator)(unsigned), unsigned Count,
			 const char *Family, const char *What);

	// ---- the parts of a spec
	// -----------------------------------------------
	void readParam(const clang::Expr *Init, kapi_param &P,
		       kapi_compiled_param_locs &L);
	void readValueArray(const clang::Expr *Ptr, const clang::Expr *CountE,
			    kapi_value *&Arr, size_t &N, const char *What);
	void readReturn(const clang::Expr *Init, kapi_return &R);
	void readErrors(const clang::Expr *Init);
	void readConstraints(const clang::Expr *Init);
	void readLocks(const clang::Expr *Init);
	void readSignals(const clang::Expr *Init);
	void readSignalMasks(const clang::Expr *Init);
	void readSideEffects(const clang::Expr *Init);
	void readStateTransitions(const clang::Expr *Init);
	void readCapabilities(const clang::Expr *Init);
	void readStructSpecs(const clang::Expr *Init);
	void readStructField(const clang::Expr *Init, kapi_struct_field &F);
};

} // namespace kapi

#endif
