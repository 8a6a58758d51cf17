//===- KapiFacts.cpp - what clang knows about a documented function -------===//
//
// SPDX-License-Identifier: MIT
//
// Turns a FunctionDecl into kapi_fn_facts for the C rules: parameter names,
// type classes, widths, and whether `__user` was written, which after
// preprocessing is visible only in the macro expansions we recorded.
//
//===----------------------------------------------------------------------===//
#include "KapiPlugin.h"

#include "clang/AST/Type.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>

using namespace clang;

namespace kapi
{

void UserMarks::add(const SourceManager &SM, SourceLocation Loc)
{
	Loc = SM.getFileLoc(Loc);
	if (Loc.isInvalid())
		return;
	auto D = SM.getDecomposedLoc(Loc);
	Offsets[D.first].push_back(D.second);
}

bool UserMarks::within(const SourceManager &SM, SourceLocation B,
		       SourceLocation E) const
{
	B = SM.getFileLoc(B);
	E = SM.getFileLoc(E);
	if (B.isInvalid() || E.isInvalid())
		return false;
	auto DB = SM.getDecomposedLoc(B), DE = SM.getDecomposedLoc(E);
	if (DB.first != DE.first)
		return false;
	auto It = Offsets.find(DB.first);
	if (It == Offsets.end())
		return false;
	return std::any_of(
		It->second.begin(), It->second.end(),
		[&](unsigned O) { return O >= DB.second && O <= DE.second; });
}

kapi_loc toKapiLoc(const SourceManager &SM, SourceLocation L)
{
	kapi_loc K{0, 0};
	L = SM.getFileLoc(L);
	if (L.isInvalid())
		return K;
	auto D = SM.getDecomposedLoc(L);
	bool Bad = false;
	K.line = SM.getLineNumber(D.first, D.second, &Bad);
	K.col = Bad ? 0 : SM.getColumnNumber(D.first, D.second, &Bad);
	if (Bad)
		K = {0, 0};
	return K;
}

std::string fileNameOf(const SourceManager &SM, SourceLocation L)
{
	L = SM.getFileLoc(L);
	if (L.isInvalid())
		return "";
	if (auto FE = SM.getFileEntryRefForID(SM.getFileID(L)))
		return FE->getName().str();
	return "";
}

static void typeFacts(ASTContext &Ctx, QualType QT, kapi_type_facts &T)
{
	QualType C = QT.getCanonicalType();

	T.is_void = C->isVoidType();
	if (C->isIntegralOrEnumerationType() && !C->isIncompleteType()) {
		T.is_integer = true;
		T.is_signed = C->isSignedIntegerOrEnumerationType();
		T.bits = (unsigned)Ctx.getTypeSize(C);
		T.is_enum = C->isEnumeralType();
	}
	if (C->isPointerType()) {
		QualType P = C->getPointeeType();
		T.is_pointer = true;
		T.is_func_ptr = P->isFunctionType();
		T.points_to_struct = P->isStructureType();
		T.points_to_union = P->isUnionType();
	}
	T.is_struct = C->isStructureType();
	T.is_union = C->isUnionType();
}

// The type as written (with __user), from the source text of its range;
// clang's printed type when the range is not plain file text.
static std::string spelling(ASTContext &Ctx, const ParmVarDecl *P)
{
	const SourceManager &SM = Ctx.getSourceManager();
	std::string Printed =
		P->getOriginalType().getAsString(Ctx.getPrintingPolicy());
	TypeSourceInfo *TSI = P->getTypeSourceInfo();
	if (!TSI)
		return Printed;
	SourceRange R = TSI->getTypeLoc().getSourceRange();
	// The type's range starts after leading qualifiers (`const char`); the
	// declaration's own start keeps them.
	SourceLocation B = SM.getFileLoc(P->getBeginLoc());
	if (B.isInvalid() ||
	    SM.getFileID(B) != SM.getFileID(SM.getFileLoc(R.getBegin())) ||
	    SM.isBeforeInTranslationUnit(SM.getFileLoc(R.getBegin()), B))
		B = SM.getFileLoc(R.getBegin());
	SourceLocation E = SM.getFileLoc(R.getEnd());
	if (B.isInvalid() || E.isInvalid() ||
	    SM.getFileID(B) != SM.getFileID(E) ||
	    SM.isBeforeInTranslationUnit(E, B))
		return Printed;
	bool Bad = false;
	StringRef Text =
		Lexer::getSourceText(CharSourceRange::getTokenRange(B, E), SM,
				     Ctx.getLangOpts(), &Bad);
	if (Bad || Text.empty() || Text.size() > 200 || Text.contains(','))
		return Printed;
	std::string Out;
	for (char Ch : Text) { // one space for any run of blanks
		bool Blank =
			Ch == ' ' || Ch == '\t' || Ch == '\n' || Ch == '\\';
		if (Blank && (Out.empty() || Out.back() == ' '))
			continue;
		Out += Blank ? ' ' : Ch;
	}
	while (!Out.empty() && Out.back() == ' ')
		Out.pop_back();
	return Out.empty() ? Printed : Out;
}

void collectFacts(const FunctionDecl *FD, StringRef ApiName,
		  SourceLocation CodeLoc, ASTContext &Ctx,
		  const UserMarks &Marks, FnFacts &Out)
{
	const SourceManager &SM = Ctx.getSourceManager();
	unsigned N = FD->getNumParams();

	Out.Name = ApiName.str();
	Out.File = fileNameOf(SM, CodeLoc);
	Out.RetSpelling =
		FD->getReturnType().getAsString(Ctx.getPrintingPolicy());
	Out.ParamNames.resize(N);
	Out.ParamSpellings.resize(N);
	Out.Params.assign(N, kapi_param_facts{});
	for (unsigned I = 0; I < N; I++) {
		const ParmVarDecl *P = FD->getParamDecl(I);
		kapi_param_facts &F = Out.Params[I];
		SourceLocation NameLoc = P->getLocation().isValid()
						 ? P->getLocation()
						 : P->getEndLoc();

		Out.ParamNames[I] = P->getName().str();
		Out.ParamSpellings[I] = spelling(Ctx, P);
		typeFacts(Ctx, P->getType(), F.type);
		F.type.is_array = P->getOriginalType()->isArrayType();
		F.type.is_user = Marks.within(SM, P->getBeginLoc(), NameLoc);
		F.loc = toKapiLoc(SM, NameLoc);
	}
	// Pointers into the vectors only once they stop growing.
	for (unsigned I = 0; I < N; I++) {
		Out.Params[I].name = Out.ParamNames[I].c_str();
		Out.Params[I].type.spelling = Out.ParamSpellings[I].c_str();
	}
	typeFacts(Ctx, FD->getReturnType(), Out.C.ret);
	Out.C.ret.spelling = Out.RetSpelling.c_str();
	Out.C.name = Out.Name.c_str();
	Out.C.file = Out.File.c_str();
	Out.C.loc = toKapiLoc(SM, CodeLoc);
	Out.C.params = Out.Params.data();
	Out.C.param_count = N;
}

} // namespace kapi
