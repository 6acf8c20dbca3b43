fn fib() -> impl Iterator<Item = u64> {
    #[allow(clippy::large_enum_variant)]
    enum __State<T0, T1> {
        Unresumed {},
        Suspend0 { b: T1, a: T0 },
        Returned,
    }
    let mut __state = __State::Unresumed {};
    ::gen_core::__private::Gen::new::<
        u64,
    >(move || {
        match ::gen_core::__private::replace(&mut __state, __State::Returned) {
            #[allow(unused_labels)]
            __State::Unresumed {} => {
                let __out;
                let __next;
                '__step0: {
                    {
                        #[allow(unused_mut)]
                        let (mut a, mut b) = (0, 1);
                        {
                            {
                                let __value = ::gen_core::__private::item::<u64>(a);
                                __next = ::gen_core::__private::same(
                                    &__state,
                                    __State::Suspend0 { a: a, b: b },
                                );
                                __out = ::gen_core::__private::Some(__value);
                                break '__step0;
                            };
                        };
                    }
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend0 { a, b } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        #[allow(unused_mut, unused_variables)]
                        let mut a = a;
                        #[allow(unused_mut, unused_variables)]
                        let mut b = b;
                        {
                            {
                                (a, b) = (b, a + b);
                            }
                            {
                                {
                                    let __value = ::gen_core::__private::item::<u64>(a);
                                    __next = ::gen_core::__private::same(
                                        &__state,
                                        __State::Suspend0 { a: a, b: b },
                                    );
                                    __out = ::gen_core::__private::Some(__value);
                                    break '__step0;
                                };
                            }
                        };
                    }
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            __State::Returned => ::gen_core::__private::None,
        }
    })
}
