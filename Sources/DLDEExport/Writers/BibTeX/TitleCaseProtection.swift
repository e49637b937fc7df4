/// Decides which capitals of a title word BibTeX styles must not lower-case
/// (most classic styles set titles in sentence case: "Neural {ODE}s for
/// {Navier}--{Stokes} flows").
///
/// Protected: a word with a capital after its first letter, the acronym
/// alone when only lower-case letters follow it (`{ODE}s`, `{PINN}s`,
/// `{3D}`), else the whole word (`{HyperPINN}`, `{GitHub}`, `{iPhone}`); a capitalised proper noun from
/// `properNouns` (`{Navier}`, `{Stokes}`, `{Bayesian}`); a one-letter
/// capital other than the first word's and the article "A" (`{X}`, `{I}`).
/// Everything else is left to the style, as the ACL Anthology does.
enum TitleCaseProtection {
    /// How many leading characters of `word` (letters and digits only) to
    /// put in braces; 0 for none.
    /// - Parameters:
    ///   - word: a run of letters and digits.
    ///   - isFirst: true for the title's first word (styles keep its capital).
    static func protectedPrefixLength(_ word: String, isFirst: Bool) -> Int {
        var lastCapital = -1
        var index = 0
        for character in word {
            if character.isUppercaseQuick { lastCapital = index }
            index += 1
        }
        if lastCapital > 0 {
            // An acronym with a lower-case ending ("ODEs") keeps the ending
            // outside; a mixed-case word ("GitHub") is braced whole.
            let head = word.prefix(lastCapital + 1)
            return head.allSatisfy { $0.isUppercaseQuick || $0.isNumberQuick } ? lastCapital + 1 : index
        }
        guard lastCapital == 0 else { return 0 }
        if index == 1 { return isFirst || word == "A" ? 0 : 1 }
        return properNouns.contains(word) ? index : 0
    }

    /// Capitalised words that stay capitalised in any title: names of
    /// people, places and languages common in machine learning and
    /// differential equations. Organisers protect any other word by writing
    /// it in braces in the title (`{Gather}`).
    static let properNouns: Set<String> = [
        // people and the adjectives made from their names
        "Adams", "Allen", "Arnold", "Banach", "Bashforth", "Bayes", "Bayesian", "Bellman", "Bernoulli",
        "Bessel", "Boltzmann", "Brownian", "Burgers", "Cahn", "Carlo", "Cauchy", "Chebyshev",
        "Cholesky", "Courant", "Darcy", "Dirac", "Dirichlet", "Duffing", "Einstein", "Erdős", "Erdos", "Euler", "Eulerian",
        "Feynman", "Fisher", "Fokker", "Fourier", "Fredholm", "Friedrichs", "Galerkin", "Gauss", "Gaussian",
        "Gibbs", "Ginzburg", "Gordon", "Gram", "Gronwall", "Hamilton", "Hamiltonian", "Hausdorff",
        "Heaviside", "Helmholtz", "Hermite", "Hessian", "Heston", "Hilbert", "Hilliard", "Hodgkin", "Hopf",
        "Hopfield", "Huxley", "Itô", "Ito", "Jacobi", "Jacobian", "Kac", "Kalman", "Karhunen", "Klein",
        "Kolmogorov", "Koopman", "Korteweg", "Krylov", "Kuramoto", "Kutta", "Lagrange", "Lagrangian",
        "Landau", "Langevin", "Laplace", "Laplacian", "Lax", "Legendre", "Leibniz", "Levy", "Lévy", "Lie",
        "Lindblad", "Liouville", "Lipschitz", "Lorentz", "Lorenz", "Lotka", "Loève", "Lyapunov", "Markov",
        "Markovian", "Maxwell", "McKean", "Milstein", "Monte", "Moulton", "Navier", "Newton", "Newtonian",
        "Noether", "Nyström", "Ornstein", "Padé", "Picard", "Planck", "Poincaré", "Poisson", "Pol",
        "Rayleigh", "Rényi", "Renyi", "Reynolds", "Riccati", "Riemann", "Riemannian", "Ritz", "Runge", "Schrödinger",
        "Scholes", "Schwarz", "Shannon", "Sinkhorn", "Sivashinsky", "Sobolev", "Stokes", "Stratonovich",
        "Sturm", "Taylor", "Tikhonov", "Turing", "Uhlenbeck", "Vlasov", "Volterra", "Vries", "Wasserstein",
        "Weierstrass", "Wiener", "Wigner",
        // places, languages, organisations
        "African", "America", "American", "Asia", "Asian", "Atlantic", "Chinese", "Earth", "English",
        "Europe", "European", "French", "German", "Indian", "Internet", "Japanese", "Pacific", "Python",
        "Julia", "Jax", "PyTorch", "TensorFlow", "Wikipedia",
    ]
}
