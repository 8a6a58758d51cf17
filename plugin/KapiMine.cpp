//===- KapiMine.cpp - facts read off a syscall's code --------------------===//
//
// SPDX-License-Identifier: MIT
//
// What a syscall accepts is decided by the tests that make it fail.  This
// reads them from the AST after macro expansion, for the parameters of one
// function and of the functions of the same unit it hands a parameter on
// to unchanged (to a bounded depth):
//
//   if (P & ~M) fail;                  mask: P may only have bits of M
//   if (P & (A - 1)) fail;             alignment A (A a power of two)
//   if (P < A || P > B) fail;          range
//   if (!P) fail;                      non-zero
//   switch (P) { case ...: default: fail; }, if (P != A && P != B) fail
//                                      enum set
//
// where `fail` is `return -E...`, a block ending in one, `goto` a label
// that returns one, or `err = -E...; goto ...` with err returned.  Only
// tests at the top level of a body count: a test inside another branch
// holds only on that branch, and a shape not recognised yields nothing.
// Error codes are every negative errno constant the bodies return, or
// assign to a variable they return.
//
//===----------------------------------------------------------------------===//
#include "KapiPlugin.h"

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtVisitor.h"
#include "clang/Lex/Lexer.h"

extern "C" {
#include "kapi_util.h"
}

#include <algorithm>
#include <map>
#include <set>

using namespace clang;

namespace kapi
{

namespace
{

constexpr unsigned MaxDepth = 3;

class Miner
{
      public:
	Miner(ASTContext &Ctx, std::vector<MinedFact> &Out)
	    : Ctx(Ctx), SM(Ctx.getSourceManager()), Out(Out)
	{
	}

	void run(const FunctionDecl *FD)
	{
		for (const ParmVarDecl *P : FD->parameters())
			Root[P] = P->getName().str();
		function(FD, 0);
	}

      private:
	ASTContext &Ctx;
	SourceManager &SM;
	std::vector<MinedFact> &Out;
	// A parameter of the syscall or of a helper it was handed on to, and
	// the syscall parameter it carries.
	std::map<const ParmVarDecl *, std::string> Root;
	std::set<const FunctionDecl *> Seen;
	std::set<int64_t> Errors;
	// Locals some return statement of the current body returns.
	std::set<const VarDecl *> Returned;
	// Parameters an earlier statement of the current body assigned: a test
	// of one no longer tests what the caller passed.
	std::set<const ParmVarDecl *> Modified;

	// ---- expressions
	// ---------------------------------------------------------
	static const Expr *strip(const Expr *E)
	{
		for (;;) {
			E = E->IgnoreParenImpCasts();
			if (const auto *C = dyn_cast<CStyleCastExpr>(E)) {
				if (C->getType()->isIntegerType() ||
				    C->getType()->isPointerType()) {
					E = C->getSubExpr();
					continue;
				}
			}
			// unlikely(x) / likely(x): __builtin_expect(!!(x), 0)
			if (const auto *CE = dyn_cast<CallExpr>(E))
				if (CE->getBuiltinCallee() ==
					    Builtin::BI__builtin_expect &&
				    CE->getNumArgs() == 2) {
					E = CE->getArg(0);
					continue;
				}
			if (const auto *U = dyn_cast<UnaryOperator>(E))
				if (U->getOpcode() == UO_LNot)
					if (const auto *U2 = dyn_cast<
						    UnaryOperator>(
						    U->getSubExpr()
							    ->IgnoreParens()))
						if (U2->getOpcode() ==
						    UO_LNot) {
							E = U2->getSubExpr();
							continue;
						}
			return E;
		}
	}

	// The syscall parameter E is, as the caller passed it, or null.
	const std::string *param(const Expr *E)
	{
		const auto *DR = dyn_cast<DeclRefExpr>(strip(E));
		const auto *P =
			DR ? dyn_cast<ParmVarDecl>(DR->getDecl()) : nullptr;
		auto It = P && !Modified.count(P) ? Root.find(P) : Root.end();
		return It == Root.end() ? nullptr : &It->second;
	}

	// Record the parameters S assigns (=, op=, ++, --) or takes the address
	// of (a callee may change them).
	void modifies(const Stmt *S)
	{
		if (!S)
			return;
		const Expr *Target = nullptr;
		if (const auto *B = dyn_cast<BinaryOperator>(S)) {
			if (B->isAssignmentOp())
				Target = B->getLHS();
		} else if (const auto *U = dyn_cast<UnaryOperator>(S)) {
			if (U->isIncrementDecrementOp() ||
			    U->getOpcode() == UO_AddrOf)
				Target = U->getSubExpr();
		}
		if (Target)
			if (const auto *DR = dyn_cast<DeclRefExpr>(
				    Target->IgnoreParenImpCasts()))
				if (const auto *P = dyn_cast<ParmVarDecl>(
					    DR->getDecl()))
					Modified.insert(P);
		for (const Stmt *C : S->children())
			modifies(C);
	}

	bool constant(const Expr *E, int64_t &N, bool &U)
	{
		if (E->isValueDependent() || E->containsErrors())
			return false;
		Expr::EvalResult R;
		if (!E->EvaluateAsInt(R, Ctx))
			return false;
		const llvm::APSInt &V = R.Val.getInt();
		if (V.isUnsigned() ? V.getActiveBits() > 64
				   : V.getSignificantBits() > 64)
			return false;
		U = V.isUnsigned();
		N = U ? (int64_t)V.getZExtValue() : V.getSExtValue();
		return true;
	}

	// The code's spelling on one line (a mask wrapped over three lines
	// reads as one expression), or "" when it is long or not plain file
	// text.
	std::string text(const Expr *E)
	{
		CharSourceRange R = CharSourceRange::getTokenRange(
			SM.getFileLoc(E->getBeginLoc()),
			SM.getFileLoc(E->getEndLoc()));
		StringRef T = Lexer::getSourceText(R, SM, Ctx.getLangOpts());
		std::string Out;
		if (T.size() > 200)
			return Out;
		for (char C : T.trim()) {
			bool Blank = C == ' ' || C == '\t' || C == '\n' ||
				     C == '\r' || C == '\\';
			if (Blank && (Out.empty() || Out.back() == ' '))
				continue;
			Out += Blank ? ' ' : C;
		}
		return Out;
	}

	// A negative errno constant (-1 .. -4095): the failure code of E.
	bool errnoCode(const Expr *E, int64_t &Code)
	{
		bool U;
		if (!E || !constant(E, Code, U) || U)
			return false;
		return Code < 0 && Code >= -4095;
	}

	// ---- what fails
	// ------------------------------------------------------------ Does S
	// make the call fail?  Code is the error it fails with.
	bool fails(const Stmt *S, int64_t &Code)
	{
		if (!S)
			return false;
		if (const auto *R = dyn_cast<ReturnStmt>(S))
			return errnoCode(R->getRetValue(), Code);
		if (const auto *G = dyn_cast<GotoStmt>(S))
			return fails(G->getLabel()->getStmt(), Code);
		if (const auto *L = dyn_cast<LabelStmt>(S))
			return fails(L->getSubStmt(), Code);
		const auto *CS = dyn_cast<CompoundStmt>(S);
		if (!CS || CS->body_empty())
			return false;
		// { ...; return -E; } or { err = -E; goto out; } with err
		// returned
		if (fails(CS->body_back(), Code))
			return true;
		if (CS->size() >= 2 && isa<GotoStmt>(CS->body_back())) {
			const Stmt *Prev = CS->body_begin()[CS->size() - 2];
			if (const auto *A = dyn_cast<BinaryOperator>(Prev))
				if (A->getOpcode() == BO_Assign)
					if (const auto *DR = dyn_cast<
						    DeclRefExpr>(
						    A->getLHS()
							    ->IgnoreParenImpCasts()))
						if (const auto *V = dyn_cast<
							    VarDecl>(
							    DR->getDecl()))
							return Returned.count(
								       V) &&
							       errnoCode(
								       A->getRHS(),
								       Code);
		}
		return false;
	}

	// ---- facts
	// ----------------------------------------------------------------- F,
	// placed at the test (or return) At, joins the output.
	void emit(MinedFact F, const Stmt *At)
	{
		SourceLocation L = SM.getFileLoc(At->getBeginLoc());
		F.File = fileNameOf(SM, L);
		F.Loc = toKapiLoc(SM, L);
		Out.push_back(std::move(F));
	}

	void add(kapi_fact_kind Kind, const std::string &Param, int64_t N,
		 bool U, const std::string &Text, const Stmt *At)
	{
		MinedFact F;
		F.Kind = Kind;
		F.Param = Param;
		F.Num = N;
		F.Unsigned = U;
		F.Text = Text;
		emit(std::move(F), At);
	}

	// One disjunct of a failing condition.
	void disjunct(const Expr *E, const Stmt *At)
	{
		E = strip(E);
		int64_t N;
		bool U;
		if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
			if (UO->getOpcode() == UO_LNot)
				if (const std::string *P =
					    param(UO->getSubExpr()))
					add(KAPI_FACT_NONZERO, *P, 0, false, "",
					    At);
			return;
		}
		const auto *B = dyn_cast<BinaryOperator>(E);
		if (!B)
			return;
		const Expr *L = B->getLHS(), *R = B->getRHS();
		BinaryOperatorKind Op = B->getOpcode();
		// (P & K) != 0 is P & K
		if (Op == BO_NE && constant(R, N, U) && N == 0) {
			// `flags != 0` fails: no bit is accepted (a mask of 0).
			if (const std::string *P = param(L)) {
				add(KAPI_FACT_MASK, *P, 0, true, "0", At);
				return;
			}
			disjunct(L, At);
			return;
		}
		if (Op == BO_EQ && constant(R, N, U) && N == 0) {
			if (const std::string *P = param(L))
				add(KAPI_FACT_NONZERO, *P, 0, false, "", At);
			return;
		}
		if (Op == BO_And) {
			const std::string *P = param(L);
			const Expr *K = R;
			if (!P) {
				P = param(R);
				K = L;
			}
			if (P)
				bitTest(*P, K, At);
			return;
		}
		// Comparisons: put the parameter on the left.
		const std::string *P = param(L);
		const Expr *C = R;
		if (!P && (P = param(R))) {
			C = L;
			Op = BinaryOperator::reverseComparisonOp(Op);
		}
		if (!P || !constant(C, N, U))
			return;
		std::string T = text(C);
		// A literal bound is shown as the bound itself: `pid <= 0` is
		// min 1.
		bool Literal =
			!T.empty() &&
			T.find_first_not_of("0123456789") == std::string::npos;
		if (Literal && (Op == BO_LE || Op == BO_GE))
			T.clear();
		switch (Op) {
		case BO_LT: // P < N fails: N is the least value allowed
			add(KAPI_FACT_MIN, *P, N, U, T, At);
			break;
		case BO_LE:
			add(KAPI_FACT_MIN, *P, N + 1, U,
			    T.empty() ? T : T + " + 1", At);
			break;
		case BO_GT:
			add(KAPI_FACT_MAX, *P, N, U, T, At);
			break;
		case BO_GE:
			add(KAPI_FACT_MAX, *P, N - 1, U,
			    T.empty() ? T : T + " - 1", At);
			break;
		default:
			break;
		}
	}

	// `P & K` fails: K = A - 1 is an alignment, otherwise ~K is the mask.
	void bitTest(const std::string &P, const Expr *K, const Stmt *At)
	{
		int64_t N;
		bool U;
		if (!constant(K, N, U) || N == 0)
			return;
		uint64_t Bits = (uint64_t)N;
		const Expr *KS = strip(K);
		if (((Bits + 1) & Bits) == 0) { // low bits only: 2^k - 1
			add(KAPI_FACT_ALIGNMENT, P, (int64_t)(Bits + 1), true,
			    "", At);
			return;
		}
		// The accepted bits, spelled as the code spelled them when it
		// wrote ~M.
		std::string T;
		if (const auto *Not = dyn_cast<UnaryOperator>(KS))
			if (Not->getOpcode() == UO_Not)
				T = text(Not->getSubExpr()->IgnoreParens());
		uint64_t Width = Ctx.getTypeSize(K->getType());
		uint64_t All = Width >= 64 ? ~0ull : ((1ull << Width) - 1);
		add(KAPI_FACT_MASK, P, (int64_t)(~Bits & All), true, T, At);
	}

	// The operands of a chain `A op B op C` (op && or ||), in order.
	static std::vector<const Expr *> operands(const Expr *E,
						  BinaryOperatorKind Op)
	{
		std::vector<const Expr *> Out, Work{strip(E)};
		while (!Work.empty()) {
			const Expr *T = Work.back();
			Work.pop_back();
			const auto *B = dyn_cast<BinaryOperator>(T);
			if (B && B->getOpcode() == Op) {
				Work.push_back(strip(B->getRHS()));
				Work.push_back(strip(B->getLHS()));
				continue;
			}
			Out.push_back(T);
		}
		return Out;
	}

	// `P != A && P != B ...` fails: P must be one of A, B.
	bool enumChain(const Expr *E, const Stmt *At)
	{
		std::vector<const Expr *> Terms = operands(E, BO_LAnd);
		if (Terms.size() < 2)
			return false;
		const std::string *Param = nullptr;
		MinedFact F;
		for (const Expr *T : Terms) {
			const auto *B = dyn_cast<BinaryOperator>(T);
			if (!B || B->getOpcode() != BO_NE)
				return false;
			const Expr *C = B->getRHS();
			const std::string *P = param(B->getLHS());
			if (!P && (P = param(B->getRHS())))
				C = B->getLHS();
			int64_t N;
			bool U;
			if (!P || (Param && *P != *Param) || !constant(C, N, U))
				return false;
			Param = P;
			F.Values.push_back({N, U, text(C)});
		}
		F.Kind = KAPI_FACT_ENUM;
		F.Param = *Param;
		emit(std::move(F), At);
		return true;
	}

	void ifStmt(const IfStmt *If)
	{
		int64_t Code;
		if (If->getInit() || If->getConditionVariable() ||
		    !fails(If->getThen(), Code))
			return;
		const Expr *Cond = If->getCond();
		if (enumChain(Cond, If))
			return;
		// Each operand of || makes the call fail alone.
		for (const Expr *E : operands(Cond, BO_LOr))
			disjunct(E, If);
	}

	// switch (P) whose default fails: the case values are the enum set.
	void switchStmt(const SwitchStmt *Sw)
	{
		const std::string *P = param(Sw->getCond());
		if (!P || Sw->getInit() || Sw->getConditionVariable())
			return;
		MinedFact F;
		bool DefaultFails = false;
		for (const SwitchCase *C = Sw->getSwitchCaseList(); C;
		     C = C->getNextSwitchCase()) {
			if (const auto *D = dyn_cast<DefaultStmt>(C)) {
				int64_t Code;
				const Stmt *Sub = D->getSubStmt();
				DefaultFails =
					fails(Sub, Code) || assignsFailure(Sub);
				continue;
			}
			const auto *CS = cast<CaseStmt>(C);
			int64_t N, Code;
			bool U;
			if (CS->caseStmtIsGNURange() ||
			    !constant(CS->getLHS(), N, U))
				return;
			// `case X: return -EINVAL;` names a value the call
			// rejects.
			const Stmt *Body = CS->getSubStmt();
			while (const auto *Next =
				       dyn_cast_or_null<SwitchCase>(Body))
				Body = Next->getSubStmt();
			if (fails(Body, Code) || assignsFailure(Body))
				continue;
			F.Values.push_back({N, U, text(CS->getLHS())});
		}
		if (!DefaultFails || F.Values.empty())
			return;
		// The list runs backwards (last case first).
		std::reverse(F.Values.begin(), F.Values.end());
		F.Kind = KAPI_FACT_ENUM;
		F.Param = *P;
		emit(std::move(F), Sw);
	}

	// `default: err = -EINVAL; break;` with err returned.
	bool assignsFailure(const Stmt *S)
	{
		const auto *A = dyn_cast_or_null<BinaryOperator>(S);
		int64_t Code;
		if (!A || A->getOpcode() != BO_Assign)
			return false;
		const auto *DR = dyn_cast<DeclRefExpr>(
			A->getLHS()->IgnoreParenImpCasts());
		const auto *V = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
		return V && Returned.count(V) && errnoCode(A->getRHS(), Code);
	}

	// A call at the top level that hands parameters on to a function of
	// this unit: its parameters carry ours, and its top-level tests hold
	// too.
	void call(const Expr *E, unsigned Depth)
	{
		const auto *CE =
			dyn_cast_or_null<CallExpr>(E ? strip(E) : nullptr);
		const FunctionDecl *Callee =
			CE ? CE->getDirectCallee() : nullptr;
		const FunctionDecl *Def = nullptr;
		if (!Callee || !Callee->hasBody(Def) || !Def ||
		    Depth >= MaxDepth ||
		    Def->getNumParams() != CE->getNumArgs() ||
		    Seen.count(Def) ||
		    !SM.isWrittenInMainFile(SM.getFileLoc(Def->getLocation())))
			return;
		bool Any = false;
		for (unsigned I = 0; I < CE->getNumArgs(); I++)
			if (const std::string *P = param(CE->getArg(I))) {
				Root[Def->getParamDecl(I)] = *P;
				Any = true;
			}
		if (Any)
			function(Def, Depth + 1);
	}

	void topLevel(const Stmt *S, unsigned Depth)
	{
		if (const auto *If = dyn_cast<IfStmt>(S))
			ifStmt(If);
		else if (const auto *Sw = dyn_cast<SwitchStmt>(S))
			switchStmt(Sw);
		else if (const auto *R = dyn_cast<ReturnStmt>(S))
			call(R->getRetValue(), Depth);
		else if (const auto *E = dyn_cast<Expr>(S)) {
			const auto *A = dyn_cast<BinaryOperator>(
				E->IgnoreParenImpCasts());
			call(A && A->getOpcode() == BO_Assign ? A->getRHS() : E,
			     Depth);
		} else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
			for (const Decl *D : DS->decls())
				if (const auto *V = dyn_cast<VarDecl>(D))
					if (V->hasInit())
						call(V->getInit(), Depth);
		}
	}

	// Every error code a body returns, directly or through a variable it
	// returns; the helpers followed add theirs.
	void errors(const Stmt *S)
	{
		if (!S)
			return;
		int64_t Code;
		if (const auto *R = dyn_cast<ReturnStmt>(S)) {
			if (errnoCode(R->getRetValue(), Code))
				error(Code, R->getRetValue(), R);
		} else if (const auto *A = dyn_cast<BinaryOperator>(S)) {
			if (assignsFailure(A))
				if (errnoCode(A->getRHS(), Code))
					error(Code, A->getRHS(), A);
		}
		for (const Stmt *C : S->children())
			errors(C);
	}

	void error(int64_t Code, const Expr *E, const Stmt *At)
	{
		if (!Errors.insert(Code).second)
			return;
		add(KAPI_FACT_ERROR, "", Code, false, text(E), At);
	}

	// Locals that some `return V;` of the body returns.
	void returned(const Stmt *S)
	{
		if (!S)
			return;
		if (const auto *R = dyn_cast<ReturnStmt>(S))
			if (const Expr *V = R->getRetValue())
				if (const auto *DR = dyn_cast<DeclRefExpr>(
					    V->IgnoreParenImpCasts()))
					if (const auto *VD = dyn_cast<VarDecl>(
						    DR->getDecl()))
						Returned.insert(VD);
		for (const Stmt *C : S->children())
			returned(C);
	}

	void function(const FunctionDecl *FD, unsigned Depth)
	{
		const Stmt *Body = FD->getBody();
		if (!Body || !Seen.insert(FD).second)
			return;
		std::set<const VarDecl *> Outer = std::move(Returned);
		std::set<const ParmVarDecl *> OuterModified = Modified;
		Returned.clear();
		returned(Body);
		errors(Body);
		if (const auto *CS = dyn_cast<CompoundStmt>(Body))
			for (const Stmt *S : CS->body()) {
				topLevel(S, Depth);
				modifies(S);
			}
		Returned = std::move(Outer);
		Modified = std::move(OuterModified);
	}
};

} // namespace

void mineFunction(const FunctionDecl *FD, ASTContext &Ctx,
		  std::vector<MinedFact> &Out)
{
	Miner(Ctx, Out).run(FD);
}

} // namespace kapi
