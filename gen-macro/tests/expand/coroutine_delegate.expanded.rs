fn outer() -> impl Generator<Yield = u8, Return = usize> {
    #[allow(clippy::large_enum_variant)]
    enum __State<T0, T1> {
        Unresumed {},
        Suspend0 { from0: T0 },
        Suspend1 { name: T1 },
        Returned,
    }
    let mut __state = __State::Unresumed {};
    ::gen_core::__private::Coroutine::new::<
        (),
        u8,
        usize,
    >(move |
        __resumed,
    | -> ::gen_core::__private::Option<::gen_core::__private::GeneratorState<u8, usize>> {
        match ::gen_core::__private::replace(&mut __state, __State::Returned) {
            #[allow(unused_labels)]
            __State::Unresumed {} => {
                let __out;
                let __next;
                '__step0: {
                    {
                        #[allow(unused_mut)]
                        let name = {
                            #[allow(unused_mut)]
                            let mut __from0 = inner();
                            #[allow(unused_mut)]
                            let mut __sent1: () = ();
                            '__exit1: {
                                match <_ as ::gen_core::__private::Generator<
                                    (),
                                >>::resume(&mut __from0, __sent1) {
                                    ::gen_core::__private::GeneratorState::Yielded(__item2) => {
                                        {
                                            let __value = ::gen_core::__private::item::<u8>(__item2);
                                            __next = ::gen_core::__private::same(
                                                &__state,
                                                __State::Suspend0 {
                                                    from0: __from0,
                                                },
                                            );
                                            __out = ::gen_core::__private::Some(
                                                ::gen_core::__private::GeneratorState::Yielded(__value),
                                            );
                                            break '__step0;
                                        };
                                    }
                                    ::gen_core::__private::GeneratorState::Complete(__done3) => {
                                        break '__exit1 __done3;
                                    }
                                };
                            }
                        };
                        {
                            let __value = ::gen_core::__private::item::<u8>(0);
                            __next = ::gen_core::__private::same(
                                &__state,
                                __State::Suspend1 { name: name },
                            );
                            __out = ::gen_core::__private::Some(
                                ::gen_core::__private::GeneratorState::Yielded(__value),
                            );
                            break '__step0;
                        };
                    }
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend0 { from0 } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        #[allow(unused_mut)]
                        let name = {
                            #[allow(unused_mut, unused_variables)]
                            let mut __from0 = from0;
                            #[allow(unused_mut, unused_variables)]
                            let mut __sent1;
                            {
                                {
                                    {
                                        __sent1 = ::gen_core::__private::resumed::<()>(__resumed);
                                    }
                                }
                                '__exit4: {
                                    match <_ as ::gen_core::__private::Generator<
                                        (),
                                    >>::resume(&mut __from0, __sent1) {
                                        ::gen_core::__private::GeneratorState::Yielded(__item2) => {
                                            {
                                                let __value = ::gen_core::__private::item::<u8>(__item2);
                                                __next = ::gen_core::__private::same(
                                                    &__state,
                                                    __State::Suspend0 {
                                                        from0: __from0,
                                                    },
                                                );
                                                __out = ::gen_core::__private::Some(
                                                    ::gen_core::__private::GeneratorState::Yielded(__value),
                                                );
                                                break '__step0;
                                            };
                                        }
                                        ::gen_core::__private::GeneratorState::Complete(__done3) => {
                                            break '__exit4 __done3;
                                        }
                                    };
                                }
                            }
                        };
                        {
                            let __value = ::gen_core::__private::item::<u8>(0);
                            __next = ::gen_core::__private::same(
                                &__state,
                                __State::Suspend1 { name: name },
                            );
                            __out = ::gen_core::__private::Some(
                                ::gen_core::__private::GeneratorState::Yielded(__value),
                            );
                            break '__step0;
                        };
                    }
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend1 { name } => {
                return ::gen_core::__private::Some(
                    ::gen_core::__private::GeneratorState::Complete({
                        #[allow(unused_mut, unused_variables)]
                        let name = name;
                        ::gen_core::__private::discard(
                            ::gen_core::__private::resumed::<()>(__resumed),
                        );
                        name.len()
                    }),
                );
            }
            __State::Returned => ::gen_core::__private::None,
        }
    })
}
