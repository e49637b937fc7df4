/// Titles and abstracts that look like the field's: words, inline math,
/// lists, links and code.
enum TextPool {
    static let nouns = [
        "neural ODEs", "physics-informed networks", "Fourier neural operators", "stochastic differential equations",
        "Hamiltonian systems", "graph diffusion", "Navier–Stokes flows", "normalizing flows", "score-based models",
        "latent dynamics", "inverse problems", "optimal control", "reservoir computing", "neural SDEs", "PDE solvers",
        "Koopman operators", "symplectic integrators", "implicit layers", "state-space models", "turbulence closures",
    ]
    static let verbs = ["Learning", "Accelerating", "Stabilising", "Discovering", "Solving", "Certifying", "Scaling", "Regularising", "Interpreting", "Compressing"]
    static let math = [
        "$\\mathcal{O}(n \\log n)$", "$\\dot{x} = f_\\theta(x, t)$", "$\\nabla \\cdot u = 0$", "$L^2$",
        "$\\partial_t u = \\Delta u$", "$d X_t = \\mu(X_t)\\,dt + \\sigma\\, dW_t$", "$\\|u - u_h\\|_{H^1}$",
        "\\(\\epsilon \\to 0\\)", "$\\mathbb{R}^{d}$", "$k \\gg 1$",
    ]
    static let words = [
        "we", "propose", "a", "method", "for", "the", "model", "that", "learns", "dynamics", "from", "sparse",
        "observations", "and", "show", "it", "converges", "under", "mild", "assumptions", "on", "data", "our",
        "approach", "outperforms", "baselines", "by", "large", "margins", "while", "remaining", "stable", "in",
        "long", "horizon", "rollouts", "experiments", "cover", "fluids", "chemistry", "robotics", "finance",
        "with", "error", "bounds", "that", "scale", "gracefully", "across", "resolutions", "training", "cost",
    ]

    static func title(_ random: inout SeededRandom) -> String {
        var title = "\(random.pick(verbs)) \(random.pick(nouns)) with \(random.pick(nouns))"
        if random.chance(0.3) { title += " in \(random.pick(math))" }
        if random.chance(0.2) { title = "\(random.pick(["DiffEq", "NODE-X", "PINN++", "GRAND", "FNO"])): " + title }
        return title
    }

    static func sentence(_ random: inout SeededRandom, words count: Int) -> String {
        var parts: [String] = []
        for index in 0..<count {
            if index > 2, random.chance(0.06) {
                parts.append(random.pick(math))
            } else {
                parts.append(random.pick(words))
            }
        }
        if random.chance(0.08) { parts.append("(see `solve(u0, tspan)`)") }
        if random.chance(0.06) { parts.append("[code](https://github.com/example/repo-\(random.int(1...999)))") }
        let text = parts.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// An abstract of 200 to 300 words in two paragraphs, sometimes with a list.
    static func abstract(_ random: inout SeededRandom) -> String {
        let target = random.int(200...300)
        var paragraphs: [[String]] = [[], []]
        var total = 0
        while total < target {
            let length = min(random.int(12...28), target - total)
            let paragraph = total < target / 2 ? 0 : 1
            paragraphs[paragraph].append(sentence(&random, words: max(length, 3)))
            total += max(length, 3)
        }
        var text = paragraphs[0].joined(separator: " ")
        if random.chance(0.3) {
            text += "\n\nContributions:\n\n- \(sentence(&random, words: 6))\n- \(sentence(&random, words: 7))"
        }
        return text + "\n\n" + paragraphs[1].joined(separator: " ") + "\n"
    }
}
